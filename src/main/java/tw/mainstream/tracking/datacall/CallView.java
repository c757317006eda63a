package tw.mainstream.tracking.datacall;

import java.time.LocalDate;

/** A data call as pages and the API show it; {@code runs}: the reader's agency sent it. */
public record CallView(Long id, Long agencyId, String agency, String title, String templateCode, LocalDate deadline,
                       Long parentSubmissionId, FormDefinition form, boolean runs) {
}
