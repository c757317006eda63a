package tw.mainstream.statistics.domain;

import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.SearchSource;
import tw.mainstream.search.SearchUpdate;
import tw.mainstream.shared.time.RocDates;

/** Statistics tables' metadata in the search index; published tables are public. */
@Component
class StatTableSearchSource implements SearchSource {

    private final StatTableRepository tables;

    StatTableSearchSource(StatTableRepository tables) {
        this.tables = tables;
    }

    @Override
    public boolean handles(Class<?> entityType) {
        return entityType == StatTable.class;
    }

    @Override
    public SearchUpdate update(Class<?> entityType, Object id, boolean deleted) {
        String docId = documentId((Long) id);
        if (deleted) {
            return SearchUpdate.delete(docId);
        }
        return tables.findById((Long) id).map(t -> SearchUpdate.upsert(document(t))).orElse(SearchUpdate.delete(docId));
    }

    @Override
    public Stream<SearchDocument> all() {
        return tables.findAll().stream().map(StatTableSearchSource::document);
    }

    @Override
    public long count() {
        return tables.count();
    }

    private static String documentId(Long id) {
        return "stat-table:" + id;
    }

    private static SearchDocument document(StatTable t) {
        StatTableMetadata m = t.metadata();
        String body = String.join(" ", text(m.description()), text(m.source()), text(m.unitOfMeasure()),
                String.join(" ", m.tags() == null ? java.util.List.of() : m.tags()));
        var date = t.getUpdatedOn() != null ? t.getUpdatedOn() : t.getPublishedOn();
        return new SearchDocument(documentId(t.getId()), DocumentKind.STAT_TABLE, t.getAgencyId(), null, null,
                date == null ? null : RocDates.rocYear(date), date, null, t.isPublished(), m.title(), body,
                t.isPublished() ? m.title() : null, t.isPublished() ? body : null,
                t.isPublished() ? "/public/datasets/" + t.getId() : "/statistics/tables/" + t.getId());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
