/**
 * Full-text search in Chinese across every module's records.
 *
 * <p>Other modules hand {@link tw.mainstream.search.SearchDocument}s to
 * {@link tw.mainstream.search.engine.SearchIndex} (index, delete, rebuild); pages and the API call
 * {@link tw.mainstream.search.engine.SearchService#search}. The index is a Lucene folder under the data
 * directory ({@code mainstream.search.index-dir}, default {@code ./data/search-index}); Han text is
 * indexed as bigrams plus unigrams, and every query term is matched as an exact phrase. What a
 * reader may see ({@link tw.mainstream.search.engine.SearchScope}) is part of the Lucene query.
 */
package tw.mainstream.search;
