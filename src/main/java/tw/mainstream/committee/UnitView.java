package tw.mainstream.committee;

/** A unit as other modules see it. */
public record UnitView(Long id, Long agencyId, String name) {
}
