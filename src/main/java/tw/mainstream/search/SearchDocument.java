package tw.mainstream.search;

import java.time.LocalDate;
import java.util.Objects;

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
        String url) {

    public SearchDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("search document id must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        url = url == null ? "" : url;
    }

    /** True when the public pages may find this record: published and with a masked title. */
    public boolean publiclyVisible() {
        return published && publicTitle != null;
    }
}
