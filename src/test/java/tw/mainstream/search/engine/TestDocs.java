package tw.mainstream.search.engine;
import tw.mainstream.search.TrackingStatus;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.DocumentKind;

import java.time.LocalDate;

/** Builds search documents for tests: private and public text equal unless set otherwise. */
final class TestDocs {

    static final long AGENCY = 1L;
    static final long OTHER_AGENCY = 2L;
    static final long TASK_FORCE = 10L;

    private String id;
    private DocumentKind kind = DocumentKind.MINUTES;
    private long agencyId = AGENCY;
    private Long taskForceId = TASK_FORCE;
    private Long unitId;
    private Integer rocYear = 111;
    private LocalDate date = LocalDate.of(2022, 7, 25);
    private TrackingStatus status;
    private boolean published = true;
    private String title = "會議紀錄";
    private String body = "";
    private String publicTitle;
    private String publicBody;
    private boolean publicSet;
    private java.util.Set<Long> readerUnits = java.util.Set.of();

    static TestDocs doc(String id) {
        TestDocs d = new TestDocs();
        d.id = id;
        return d;
    }

    TestDocs kind(DocumentKind value) { kind = value; return this; }
    TestDocs agency(long value) { agencyId = value; return this; }
    TestDocs taskForce(Long value) { taskForceId = value; return this; }
    TestDocs unit(Long value) { unitId = value; return this; }
    TestDocs readerUnits(Long... values) { readerUnits = java.util.Set.of(values); return this; }
    TestDocs rocYear(Integer value) { rocYear = value; return this; }
    TestDocs date(int year, int month, int day) { date = LocalDate.of(year, month, day); return this; }
    TestDocs status(TrackingStatus value) { status = value; return this; }
    TestDocs published(boolean value) { published = value; return this; }
    TestDocs title(String value) { title = value; return this; }
    TestDocs body(String value) { body = value; return this; }

    TestDocs publicText(String title, String body) {
        publicTitle = title;
        publicBody = body;
        publicSet = true;
        return this;
    }

    SearchDocument build() {
        return new SearchDocument(id, kind, agencyId, taskForceId, unitId, rocYear, date, status, published,
                title, body, publicSet ? publicTitle : title, publicSet ? publicBody : body, "/x/" + id,
                readerUnits);
    }
}
