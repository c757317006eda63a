package tw.mainstream.search.engine;

import tw.mainstream.search.SearchDocument;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/** A write to the index, kept so that writes made during a rebuild can be replayed. */
@FunctionalInterface
interface IndexOperation {

    /** Deletes everything and forgets the schema version: an emptied index counts as missing. */
    IndexOperation DELETE_ALL = writer -> {
        writer.deleteAll();
        writer.setLiveCommitData(Map.<String, String>of().entrySet());
    };

    void applyTo(IndexWriter writer) throws IOException;

    static IndexOperation update(SearchDocument document) {
        Term id = new Term(SearchFields.ID, document.id());
        var lucene = DocumentMapper.toLucene(document);
        return writer -> writer.updateDocument(id, lucene);
    }

    static IndexOperation delete(String id) {
        return writer -> writer.deleteDocuments(new Term(SearchFields.ID, id));
    }
}
