package tw.mainstream.search.engine;

import tw.mainstream.search.SearchDocument;

import static tw.mainstream.search.engine.SearchFields.*;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/** Turns a {@link SearchDocument} into a Lucene document. */
final class DocumentMapper {

    /** Analyzed, stored, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private DocumentMapper() {
    }

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new StringField(AGENCY, Long.toString(d.agencyId()), Field.Store.NO));
        if (d.taskForceId() != null) {
            doc.add(new StringField(TASK_FORCE, d.taskForceId().toString(), Field.Store.NO));
        }
        if (d.unitId() != null) {
            doc.add(new StringField(UNIT, d.unitId().toString(), Field.Store.NO));
            doc.add(new StringField(READER_UNIT, d.unitId().toString(), Field.Store.NO));
        }
        for (Long reader : d.readerUnitIds()) {
            if (!reader.equals(d.unitId())) {
                doc.add(new StringField(READER_UNIT, reader.toString(), Field.Store.NO));
            }
        }
        if (d.rocYear() != null) {
            doc.add(new IntField(ROC_YEAR, d.rocYear(), Field.Store.NO));
        }
        doc.add(new LongField(DATE, d.date().toEpochDay(), Field.Store.YES));
        if (d.trackingStatus() != null) {
            doc.add(new StringField(TRACKING_STATUS, d.trackingStatus().name(), Field.Store.NO));
        }
        doc.add(new StringField(PUBLISHED, Boolean.toString(d.published()), Field.Store.NO));
        doc.add(new Field(TITLE, d.title(), TEXT));
        doc.add(new Field(BODY, d.body(), TEXT));
        if (d.publiclyVisible()) {
            doc.add(new StringField(VISIBILITY, PUBLIC_VISIBLE, Field.Store.NO));
            doc.add(new Field(PUBLIC_TITLE, d.publicTitle(), TEXT));
            doc.add(new Field(PUBLIC_BODY, d.publicBody() == null ? "" : d.publicBody(), TEXT));
        }
        doc.add(new StoredField(URL, d.url()));
        return doc;
    }
}
