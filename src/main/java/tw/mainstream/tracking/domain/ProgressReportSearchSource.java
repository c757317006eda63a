package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.SearchSource;
import tw.mainstream.search.SearchUpdate;
import tw.mainstream.search.TrackingStatus;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.tracking.domain.TrackingSearchRows.Lookups;
import tw.mainstream.tracking.domain.TrackingSearchRows.ReportRow;

/**
 * Progress reports in the search index, one document per report, with the item's content as the
 * title's context. The report's unit is the document's unit; the item's lead and supporting units
 * are its reader units, because the item page shows every report of the item to the liaisons of
 * those units. A change of the item re-indexes its reports (content, units and status travel along).
 */
@Component
class ProgressReportSearchSource implements SearchSource {

    private final TrackingSearchRows rows;

    ProgressReportSearchSource(TrackingSearchRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean handles(Class<?> entityType) {
        return entityType == ProgressReport.class || entityType == TrackedItem.class;
    }

    @Override
    public SearchUpdate update(Class<?> entityType, Object id, boolean deleted) {
        long key = (Long) id;
        Lookups lookups = rows.lookups();
        if (entityType == TrackedItem.class) {
            return new SearchUpdate(rows.reportsOfItem(key).stream().map(r -> document(r, lookups)).toList(), List.of());
        }
        List<ReportRow> found = rows.report(key);
        if (found.isEmpty()) {
            return SearchUpdate.delete(documentId(key));
        }
        return SearchUpdate.upsert(document(found.get(0), lookups));
    }

    @Override
    public Stream<SearchDocument> all() {
        Lookups lookups = rows.lookups();
        return TrackingSearchRows.inBatches(after -> rows.reports(after, TrackingSearchRows.BATCH), ReportRow::id,
                batch -> batch.stream().map(r -> document(r, lookups)).toList());
    }

    @Override
    public long count() {
        return rows.countReports();
    }

    static String documentId(long reportId) {
        return "progress-report:" + reportId;
    }

    private static SearchDocument document(ReportRow r, Lookups names) {
        LocalDate date = r.submittedOn() != null ? r.submittedOn() : r.updatedOn();
        String unit = names.unit(r.agencyId(), r.unitId());
        StringBuilder body = new StringBuilder();
        TrackedItemSearchSource.append(body, r.text());
        TrackedItemSearchSource.append(body, r.secretariatComment());
        Set<Long> readers = new LinkedHashSet<>();
        if (r.leadUnitId() != null) {
            readers.add(r.leadUnitId());
        }
        readers.addAll(r.supportingUnitIds());
        return new SearchDocument(documentId(r.id()), DocumentKind.PROGRESS_REPORT, r.agencyId(), r.taskForceId(),
                r.unitId(), date == null ? null : RocDates.rocYear(date), date == null ? LocalDate.EPOCH : date,
                r.itemStatus() == ItemStatus.CLOSED ? TrackingStatus.CLOSED : TrackingStatus.OPEN, false,
                unit + "執行情形：" + TrackedItemSearchSource.title(r.itemContent()), body.toString(), null, null,
                TrackedItemSearchSource.url(r.itemId()) + "#report-" + r.id(), readers);
    }
}
