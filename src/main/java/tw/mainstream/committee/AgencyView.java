package tw.mainstream.committee;

/** An agency as other modules see it. */
public record AgencyView(Long id, String name, String shortName, Long parentId) {
}
