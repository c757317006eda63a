package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;

/** A tracked item with its reports, decisions and timeline, for its page and the API. */
public record TrackedItemDetailView(TrackedItemView item, List<ProgressReportView> reports,
                                    List<TrackingDecisionView> decisions, List<TimelineEntry> timeline) {

    /** One step of the timeline; a submitted report carries its proposal. */
    public record TimelineEntry(LocalDate on, EventKind kind, String actor, String unit, TrackingProposal proposal,
                                String text) {
    }
}
