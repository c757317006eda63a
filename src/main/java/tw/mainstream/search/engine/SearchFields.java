package tw.mainstream.search.engine;

/** Names of the Lucene fields of the search index. */
final class SearchFields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String AGENCY = "agency";
    static final String TASK_FORCE = "taskForce";
    static final String UNIT = "unit";
    /** The unit and the further units whose readers restricted to a unit may see the record. */
    static final String READER_UNIT = "readerUnit";
    static final String ROC_YEAR = "rocYear";
    static final String DATE = "date";
    static final String TRACKING_STATUS = "trackingStatus";
    static final String PUBLISHED = "published";
    /** Holds {@link #PUBLIC_VISIBLE} for documents the public pages may find. */
    static final String VISIBILITY = "visibility";
    static final String PUBLIC_VISIBLE = "public";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PUBLIC_TITLE = "publicTitle";
    static final String PUBLIC_BODY = "publicBody";
    static final String URL = "url";

    private SearchFields() {
    }
}
