package tw.mainstream.tracking.datacall;

import java.time.Instant;

/** One recipient's answer to a data call. */
public record SubmissionView(Long id, long version, Long callId, Long agencyId, Long unitId, String recipient,
                             SubmissionStatus status, Answer answer, String secretariatComment,
                             Instant submittedAt, boolean writable, Long childCallId) {
}
