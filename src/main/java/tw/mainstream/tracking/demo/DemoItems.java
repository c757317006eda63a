package tw.mainstream.tracking.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.EventKind;
import tw.mainstream.tracking.domain.ItemStatus;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ProgressReport;
import tw.mainstream.tracking.domain.ProgressReportRepository;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackedItemRepository;
import tw.mainstream.tracking.domain.TrackingEvent;
import tw.mainstream.tracking.domain.TrackingEventRepository;
import tw.mainstream.tracking.domain.TrackingProposal;
import tw.mainstream.tracking.domain.TrackingService;
import tw.mainstream.tracking.domain.TrackingSetting;
import tw.mainstream.tracking.domain.TrackingSettingRepository;

/** Helpers of the demo data: handed-down items, reports dated as in the minutes, settings and mail contacts. */
@Component
class DemoItems {
    private final TrackingService tracking;
    private final TrackedItemRepository items;
    private final ProgressReportRepository reports;
    private final TrackingEventRepository events;
    private final TrackingSettingRepository settings;
    private final CommitteeApi committee;
    private final JdbcTemplate jdbc;

    DemoItems(TrackingService tracking, TrackedItemRepository items, ProgressReportRepository reports, TrackingEventRepository events,
              TrackingSettingRepository settings, CommitteeApi committee, JdbcTemplate jdbc) {
        this.tracking = tracking;
        this.items = items;
        this.reports = reports;
        this.events = events;
        this.settings = settings;
        this.committee = committee;
        this.jdbc = jdbc;
    }

    TrackedItem item(TaskForceView tf, String content, String lead, Set<String> supporting, LocalDate origin,
                     String label) {
        Set<Long> support = supporting.stream().map(n -> unit(tf.agencyId(), n)).collect(Collectors.toSet());
        return tracking.openUnchecked(tf.agencyId(), new OpenItemCommand(tf.id(), content, unit(tf.agencyId(), lead),
                support, DueKind.NEXT_MEETING, null, new Origin(null, null, null, label, origin)), staff(tf.agencyId()));
    }

    /** The unit's report of the item's current round, submitted and accepted on the day the minutes imply. */
    void report(TrackedItem item, String unit, String text, boolean close, LocalDate on) {
        Long unitId = unit(item.getAgencyId(), unit);
        Instant at = on.atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant();
        ProgressReport r = new ProgressReport(item, unitId, at);
        TrackingProposal proposal = close ? TrackingProposal.PROPOSE_CLOSE : TrackingProposal.PROPOSE_CONTINUE;
        r.write(text, proposal, true, on, at);
        r.accept(at);
        reports.save(r);
        events.save(new TrackingEvent(item.getId(), on, at, EventKind.REPORT_SUBMITTED, unit + "聯絡人", unitId,
                proposal, text));
        events.save(new TrackingEvent(item.getId(), on, at, EventKind.REPORT_ACCEPTED, staff(item.getAgencyId()), unitId, null));
    }

    /** The open item of the task force whose lead is the unit, the oldest first. */
    java.util.Optional<TrackedItem> openLedBy(TaskForceView tf, String unit) {
        Long unitId = unit(tf.agencyId(), unit);
        return items.findByTaskForceIdAndStatusOrderByOriginDateAscIdAsc(tf.id(), ItemStatus.OPEN).stream()
                .filter(i -> i.getLeadUnitId().equals(unitId)).findFirst();
    }

    boolean hasReports(TrackedItem item) {
        return !reports.findByItemIdOrderByRoundAscIdAsc(item.getId()).isEmpty();
    }

    /** The demo secretariat who acted for an agency (the name of its demo account), as history shows it. */
    String staff(Long agencyId) {
        String agency = committee.agency(agencyId).map(a -> a.name()).orElse("");
        return agency.equals("臺北市政府資訊局") ? "資訊局幕僚" : "曾筠苓（移民署幕僚）";
    }

    void remarks(TrackedItem item, String remarks) {
        item.edit(item.getContent(), item.getLeadUnitId(), item.getSupportingUnitIds(), item.getDueKind(),
                item.getDueDate(), remarks);
    }

    void settings(TaskForceView tf, LocalDate nextMeeting) {
        TrackingSetting s = settings.findById(tf.id()).orElseGet(() -> new TrackingSetting(tf.id()));
        s.update(s.columns(), nextMeeting, 7);
        settings.save(s);
    }

    void contacts(Long agencyId, List<String> units) {
        jdbc.update("insert into tracking_contact (agency_id, unit_id, email) values (?, null, ?)", agencyId,
                "secretariat-" + agencyId + "@demo.mainstream.tw");
        for (String u : units) {
            Long id = unit(agencyId, u);
            jdbc.update("insert into tracking_contact (agency_id, unit_id, email) values (?, ?, ?)", agencyId, id,
                    "liaison-" + id + "@demo.mainstream.tw");
        }
    }

    private Long unit(Long agencyId, String name) {
        return committee.unitByName(agencyId, name).orElseThrow().id();
    }
}
