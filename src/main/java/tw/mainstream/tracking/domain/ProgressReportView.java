package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;

/** A unit's progress report of one round, with its files. */
public record ProgressReportView(Long id, long version, Long itemId, Long unitId, String unit, int round, String text,
                                 TrackingProposal proposal, ReportStatus status, String secretariatComment,
                                 LocalDate submittedOn, List<TrackingAttachmentView> attachments) {
}
