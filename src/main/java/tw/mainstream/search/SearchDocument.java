package tw.mainstream.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One searchable record, as other modules hand it to the index.
 *
 * @param id              unique across kinds, e.g. {@code "minutes-item:123"}
 * @param taskForceId     null when the record belongs to no task force
 * @param unitId          null when the record belongs to the whole agency
 * @param rocYear         ROC year (民國年) the record belongs to, null if none
 * @param trackingStatus  null for kinds that are not tracked
 * @param published       true when the public version may be shown on the public pages
 * @param title           private title (signed-in readers)
 * @param body            private text (signed-in readers); null is treated as empty
 * @param publicTitle     masked title for the public pages; null when not publishable
 * @param publicBody      masked text for the public pages; null is treated as empty
 * @param readerUnitIds   further units (besides {@code unitId}) whose readers restricted to a unit may
 *                        see this record when its kind is unit-scoped, e.g. the supporting units of a
 *                        tracked item; not matched by the unit filter. Null is treated as none.
 */
public record SearchDocument(
        String id,
        DocumentKind kind,
        long agencyId,
        Long taskForceId,
        Long unitId,
        Integer rocYear,
        LocalDate date,
        TrackingStatus trackingStatus,
        boolean published,
        String title,
        String body,
        String publicTitle,
        String publicBody,
        String url,
        Set<Long> readerUnitIds) {

    public SearchDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("search document id must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        url = url == null ? "" : url;
        readerUnitIds = readerUnitIds == null ? Set.of() : Set.copyOf(readerUnitIds);
    }

    /** A record visible to readers restricted to a unit only through {@code unitId}. */
    public SearchDocument(String id, DocumentKind kind, long agencyId, Long taskForceId, Long unitId, Integer rocYear,
                          LocalDate date, TrackingStatus trackingStatus, boolean published, String title, String body,
                          String publicTitle, String publicBody, String url) {
        this(id, kind, agencyId, taskForceId, unitId, rocYear, date, trackingStatus, published, title, body,
                publicTitle, publicBody, url, Set.of());
    }

    /** True when the public pages may find this record: published and with a masked title. */
    public boolean publiclyVisible() {
        return published && publicTitle != null;
    }
}
