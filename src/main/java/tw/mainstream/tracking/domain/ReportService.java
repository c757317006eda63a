package tw.mainstream.tracking.domain;

import tw.mainstream.shared.cache.ViewCaches;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** Progress reports: liaisons write and submit; the secretariat returns or accepts. */
@Service
@Transactional
public class ReportService {

    private final TrackingService tracking;
    private final ProgressReportRepository reports;
    private final TrackingAttachmentRepository attachments;
    private final AttachmentStore store;
    private final TrackingEventRepository events;
    private final Clock clock;
    private final ViewCaches cache;

    ReportService(TrackingService tracking, ProgressReportRepository reports, TrackingAttachmentRepository attachments,
                  AttachmentStore store, TrackingEventRepository events, Clock clock, ViewCaches cache) {
        this.cache = cache;
        this.tracking = tracking;
        this.reports = reports;
        this.attachments = attachments;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** One file to attach: its name and bytes. */
    public record Upload(String filename, byte[] bytes) {
    }

    /** Writes this round's report of a unit (created on first save); {@code submit} sends it. */
    public ProgressReport write(CurrentUser user, long itemId, Long unitId, Long expectedVersion, String text,
                                TrackingProposal proposal, boolean submit, List<Upload> files) {
        TrackedItem item = tracking.get(user, itemId);
        TrackingScope.requireReport(user, item, unitId);
        item.requireOpen();
        ProgressReport report = reports.findByItemIdAndUnitIdAndRound(itemId, unitId, item.getRound())
                .orElseGet(() -> new ProgressReport(item, unitId, clock.instant()));
        if (expectedVersion != null && report.getId() != null) {
            report.checkVersion(expectedVersion);
        }
        LocalDate today = LocalDate.now(clock);
        report.write(text, proposal == null ? TrackingProposal.PROPOSE_CONTINUE : proposal, submit, today,
                clock.instant());
        report = reports.save(report);
        cache.clear(TrackingCaches.VIEWS);
        for (Upload f : files) {
            AttachmentStore.Stored s = store.store(f.filename(), f.bytes());
            attachments.save(new TrackingAttachment(report.getId(), f.filename(), s.contentType(), f.bytes().length, s.key(),
                    clock.instant()));
        }
        if (submit) {
            events.save(new TrackingEvent(itemId, today, clock.instant(), EventKind.REPORT_SUBMITTED,
                    user.displayName(), unitId, report.getProposal(), report.getText()));
        }
        return report;
    }

    public ProgressReport returnReport(CurrentUser user, long reportId, String comment) {
        ProgressReport report = find(reportId);
        TrackedItem item = tracking.get(user, report.getItemId());
        TrackingScope.requireManage(user, item);
        item.requireOpen();
        report.returnWith(comment, clock.instant());
        cache.clear(TrackingCaches.VIEWS);
        events.save(new TrackingEvent(item.getId(), LocalDate.now(clock), clock.instant(), EventKind.REPORT_RETURNED,
                user.displayName(), report.getUnitId(), report.getSecretariatComment()));
        return report;
    }

    public ProgressReport accept(CurrentUser user, long reportId) {
        ProgressReport report = find(reportId);
        TrackedItem item = tracking.get(user, report.getItemId());
        TrackingScope.requireManage(user, item);
        item.requireOpen();
        report.accept(clock.instant());
        cache.clear(TrackingCaches.VIEWS);
        events.save(new TrackingEvent(item.getId(), LocalDate.now(clock), clock.instant(), EventKind.REPORT_ACCEPTED,
                user.displayName(), report.getUnitId(), null));
        return report;
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> reportsOf(CurrentUser user, long itemId) {
        tracking.get(user, itemId);
        return reports.findByItemIdOrderByRoundAscIdAsc(itemId);
    }

    /** An attachment the user may read: the report's item must be visible to them. */
    @Transactional(readOnly = true)
    public TrackingAttachment attachment(CurrentUser user, long attachmentId) {
        TrackingAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        tracking.get(user, find(a.getReportId()).getItemId());
        return a;
    }

    private ProgressReport find(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("progressReport", id));
    }
}
