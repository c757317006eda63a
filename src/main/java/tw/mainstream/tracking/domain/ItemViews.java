package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Read models of tracked items for pages and the API. */
public final class ItemViews {
    private ItemViews() {
    }

    public record ItemView(Long id, long version, Long agencyId, Long taskForceId, String content, Long leadUnitId,
                           String leadUnit, Set<Long> supportingUnitIds, List<String> supportingUnits, DueKind dueKind,
                           LocalDate dueDate, Long originMeetingId, Long originAgendaItemId, Long originResolutionId,
                           String originLabel, LocalDate originDate, String remarks, ItemStatus status, int round,
                           LocalDate closedOn, String closedMeetingLabel) {
    }

    public record AttachmentView(Long id, String filename, String contentType, long sizeBytes) {
    }

    public record ReportView(Long id, long version, Long itemId, Long unitId, String unit, int round, String text,
                             TrackingProposal proposal, ReportStatus status, String secretariatComment,
                             LocalDate submittedOn, List<AttachmentView> attachments) {
    }

    public record DecisionView(Long id, Long meetingId, LocalDate meetingDate, String meetingLabel, DecisionKind kind,
                               String remarks, String newInstructions) {
    }

    public record TimelineEntry(LocalDate on, EventKind kind, String actor, String unit, TrackingProposal proposal,
                                String text) {
    }

    public record ItemDetail(ItemView item, List<ReportView> reports, List<DecisionView> decisions,
                             List<TimelineEntry> timeline) {
    }
}
