package tw.mainstream.tracking.datacall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of data calls for pages and the API. */
public final class DataCallViews {
    private DataCallViews() {
    }

    public record CallView(Long id, Long agencyId, String agency, String title, String templateCode, LocalDate deadline,
                           Long parentSubmissionId, FormDefinition form, boolean runs) {
    }

    public record SubmissionView(Long id, long version, Long callId, Long agencyId, Long unitId, String recipient,
                                 SubmissionStatus status, Answer answer, String secretariatComment,
                                 Instant submittedAt, boolean writable, Long childCallId) {
    }

    public record CallDetail(CallView call, List<SubmissionView> submissions) {
    }

    /** All accepted answers of a call in one table: one line per table row (or per answer). */
    public record Consolidation(List<String> header, List<List<String>> rows) {
    }
}
