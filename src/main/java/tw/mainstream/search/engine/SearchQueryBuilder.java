package tw.mainstream.search.engine;

import tw.mainstream.search.DocumentKind;

import static tw.mainstream.search.engine.SearchFields.*;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene query: the user's text on the scope's fields, plus scope and filter clauses. */
final class SearchQueryBuilder {

    private static final float TITLE_BOOST = 2f;

    private SearchQueryBuilder() {
    }

    /** The text part alone (also used for highlighting), or null when the text has no terms. */
    static Query textQuery(String text, SearchScope scope) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (QueryTextParser.Clause clause : QueryTextParser.parse(text)) {
            Query title = PhraseTokens.query(scope.titleField(), clause.text());
            if (title == null) {
                continue;
            }
            Query either = new BooleanQuery.Builder()
                    .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                    .add(PhraseTokens.query(scope.bodyField(), clause.text()), Occur.SHOULD)
                    .build();
            query.add(either, clause.excluded() ? Occur.MUST_NOT : Occur.MUST);
            positive |= !clause.excluded();
            any = true;
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    /** The full query; {@code textQuery} may be null (everything in scope). */
    static Query build(Query textQuery, SearchScope scope, SearchFilters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, Occur.MUST);
        addScope(query, scope);
        addTerm(query, AGENCY, filters.agencyId());
        addTerm(query, TASK_FORCE, filters.taskForceId());
        addTerm(query, UNIT, filters.unitId());
        addTerm(query, KIND, filters.kind());
        addTerm(query, TRACKING_STATUS, filters.trackingStatus());
        if (filters.rocYear() != null) {
            query.add(IntField.newExactQuery(ROC_YEAR, filters.rocYear()), Occur.FILTER);
        }
        return query.build();
    }

    private static void addScope(BooleanQuery.Builder query, SearchScope scope) {
        if (scope.publicReader()) {
            query.add(new TermQuery(new Term(VISIBILITY, PUBLIC_VISIBLE)), Occur.FILTER);
            return;
        }
        if (!scope.allAgencies()) {
            if (scope.agencyIds().isEmpty()) {
                query.add(new MatchNoDocsQuery("reader sees no agency"), Occur.FILTER);
                return;
            }
            query.add(new TermInSetQuery(AGENCY, scope.agencyIds().stream()
                    .map(id -> new BytesRef(id.toString())).toList()), Occur.FILTER);
        }
        if (scope.unitId() != null) {
            List<BytesRef> agencyWide = Arrays.stream(DocumentKind.values())
                    .filter(kind -> !kind.unitScoped()).map(kind -> new BytesRef(kind.name())).toList();
            Query ownUnitOrAgencyWide = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(KIND, agencyWide), Occur.SHOULD)
                    .add(new TermQuery(new Term(READER_UNIT, scope.unitId().toString())), Occur.SHOULD)
                    .build();
            query.add(ownUnitOrAgencyWide, Occur.FILTER);
        }
    }

    private static void addTerm(BooleanQuery.Builder query, String field, Object value) {
        if (value != null) {
            String text = value instanceof Enum<?> e ? e.name() : value.toString();
            query.add(new TermQuery(new Term(field, text)), Occur.FILTER);
        }
    }
}
