package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.SearchSource;
import tw.mainstream.search.SearchUpdate;
import tw.mainstream.search.TrackingStatus;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.tracking.domain.TrackingSearchRows.ItemRow;
import tw.mainstream.tracking.domain.TrackingSearchRows.Lookups;

/**
 * Tracked items in the search index, one document per item: content, lead and supporting units,
 * origin, remarks and the meetings' decisions. Internal only (items have no public version); the
 * lead unit is the document's unit and the supporting units are its reader units, so that a
 * liaison finds exactly the items the tracking pages show them.
 */
@Component
class TrackedItemSearchSource implements SearchSource {

    private static final Set<Class<?>> PARTS = Set.of(TrackedItem.class, TrackingDecision.class, TrackingEvent.class);

    private final TrackingSearchRows rows;

    TrackedItemSearchSource(TrackingSearchRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean handles(Class<?> entityType) {
        return PARTS.contains(entityType);
    }

    @Override
    public SearchUpdate update(Class<?> entityType, Object id, boolean deleted) {
        long key = (Long) id;
        Long itemId = entityType == TrackedItem.class ? Long.valueOf(key)
                : entityType == TrackingDecision.class ? rows.itemOfDecision(key)
                : rows.itemOfRemark(key);
        if (itemId == null) {
            return SearchUpdate.NONE;
        }
        List<ItemRow> found = rows.item(itemId);
        if (found.isEmpty()) {
            return SearchUpdate.delete(documentId(itemId));
        }
        return SearchUpdate.upsert(document(found.get(0), rows.lookups()));
    }

    @Override
    public Stream<SearchDocument> all() {
        Lookups lookups = rows.lookups();
        return TrackingSearchRows.inBatches(after -> rows.items(after, TrackingSearchRows.BATCH), ItemRow::id,
                batch -> batch.stream().map(i -> document(i, lookups)).toList());
    }

    @Override
    public long count() {
        return rows.countItems();
    }

    static String documentId(long itemId) {
        return "tracked-item:" + itemId;
    }

    static String url(long itemId) {
        return "/tracking/items/" + itemId;
    }

    private static SearchDocument document(ItemRow i, Lookups names) {
        LocalDate date = i.originDate() != null ? i.originDate() : i.openedOn();
        String lead = names.unit(i.agencyId(), i.leadUnitId());
        String supporting = i.supportingUnitIds().stream().map(u -> names.unit(i.agencyId(), u)).sorted()
                .collect(Collectors.joining("、"));
        StringBuilder body = new StringBuilder();
        append(body, i.content());
        append(body, "主辦單位：" + lead);
        if (!supporting.isEmpty()) {
            append(body, "協辦單位：" + supporting);
        }
        append(body, "案由來源：" + (i.originDate() == null ? "" : RocDates.formatShort(i.originDate()) + " ")
                + TrackingSearchRows.nonNull(i.originLabel()));
        append(body, names.agendaSubject(i.originMeetingId(), i.originAgendaItemId()));
        append(body, i.remarks());
        i.decisions().forEach(d -> append(body, d));
        i.remarkEvents().forEach(r -> append(body, r));
        return new SearchDocument(documentId(i.id()), DocumentKind.TRACKED_ITEM, i.agencyId(), i.taskForceId(),
                i.leadUnitId(), date == null ? null : RocDates.rocYear(date), date == null ? LocalDate.EPOCH : date,
                i.status() == ItemStatus.CLOSED ? TrackingStatus.CLOSED : TrackingStatus.OPEN, false,
                title(i.content()), body.toString(), null, null, url(i.id()), i.supportingUnitIds());
    }

    /** The item's content as a title: its first 80 characters. */
    static String title(String content) {
        String text = TrackingSearchRows.nonNull(content).strip();
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(s.strip()).append('\n');
        }
    }
}
