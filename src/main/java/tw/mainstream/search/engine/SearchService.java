package tw.mainstream.search.engine;

import tw.mainstream.search.DocumentKind;

import static tw.mainstream.search.engine.SearchFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** Full-text search in Chinese across every indexed record, within what the reader may see. */
@Service
public class SearchService {

    private static final Sort NEWEST_FIRST = new Sort(
            LongField.newSortField(DATE, true, SortedNumericSelector.Type.MAX), SortField.FIELD_SCORE);

    /**
     * Hits are counted exactly up to this many; beyond it the total is a lower bound
     * ({@link SearchResults#totalExact()} false) and Lucene may skip documents that cannot make the page.
     */
    public static final int EXACT_TOTAL_UP_TO = 1_000;

    private final SearchIndex index;
    /** Time of each search (query, snippets, stored fields): {@code mainstream.search.query} with p50/p95/p99. */
    private final Timer timer;

    public SearchService(SearchIndex index) {
        this(index, new SimpleMeterRegistry());
    }

    @Autowired
    public SearchService(SearchIndex index, MeterRegistry meters) {
        this.index = index;
        this.timer = Timer.builder("mainstream.search.query").description("Time of one search in the index")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    public SearchResults search(SearchQuery query, SearchScope scope) {
        return timer.record(() -> searchUntimed(query, scope));
    }

    private SearchResults searchUntimed(SearchQuery query, SearchScope scope) {
        Query text = SearchQueryBuilder.textQuery(query.text(), scope);
        Query full = SearchQueryBuilder.build(text, scope, query.filters());
        boolean byDate = text == null || query.sort() == SearchSort.DATE;
        int window = query.offset() + query.size();
        try {
            return index.withSearcher(searcher -> {
                TopDocs top = byDate
                        ? searcher.search(full, new TopFieldCollectorManager(NEWEST_FIRST, window, null, EXACT_TOTAL_UP_TO))
                        : searcher.search(full, new TopScoreDocCollectorManager(window, null, EXACT_TOTAL_UP_TO));
                return page(searcher, top, text, scope, query);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private SearchResults page(IndexSearcher searcher, TopDocs top, Query text, SearchScope scope, SearchQuery query)
            throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        ScoreDoc[] slice = Arrays.copyOfRange(all, Math.min(query.offset(), all.length), all.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, slice);
        StoredFields stored = searcher.storedFields();
        Set<String> wanted = Set.of(ID, KIND, DATE, URL, scope.titleField(), scope.bodyField());
        Document[] docs = new Document[slice.length];
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < slice.length; i++) {
            docs[i] = stored.document(slice[i].doc, wanted);
            String body = docs[i].get(scope.bodyField());
            bodies.put(slice[i].doc, body == null ? "" : body);
        }
        String[] snippets = SnippetHighlighter.snippets(searcher, scope.bodyField(),
                text == null ? new MatchAllDocsQuery() : text, pageDocs, bodies);
        List<SearchHit> items = new ArrayList<>(slice.length);
        for (int i = 0; i < slice.length; i++) {
            Document doc = docs[i];
            items.add(new SearchHit(doc.get(ID), DocumentKind.valueOf(doc.get(KIND)), doc.get(scope.titleField()),
                    snippets[i], LocalDate.ofEpochDay(doc.getField(DATE).numericValue().longValue()), doc.get(URL)));
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SearchResults(top.totalHits.value, exact, query.page(), query.size(), items);
    }
}
