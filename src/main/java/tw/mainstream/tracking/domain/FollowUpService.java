package tw.mainstream.tracking.domain;

import tw.mainstream.shared.cache.ViewCaches;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;

/**
 * Builds the follow-up table of a meeting from the open items of the task force and the items the
 * meeting has decided, with the latest submitted report of each unit for the current round.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private final TrackedItemRepository items;
    private final ProgressReportRepository reports;
    private final TrackingDecisionRepository decisions;
    private final SettingService settings;
    private final CommitteeApi committee;
    private final MessageSource messages;
    private final ViewCaches cache;
    private final tw.mainstream.meeting.MeetingApi meetings;
    private final java.time.Clock clock;

    FollowUpService(TrackedItemRepository items, ProgressReportRepository reports, TrackingDecisionRepository decisions,
                    SettingService settings, CommitteeApi committee, MessageSource messages,
                    ViewCaches cache, tw.mainstream.meeting.MeetingApi meetings, java.time.Clock clock) {
        this.cache = cache;
        this.meetings = meetings;
        this.clock = clock;
        this.items = items;
        this.reports = reports;
        this.decisions = decisions;
        this.settings = settings;
        this.committee = committee;
        this.messages = messages;
    }

    public FollowUpTable table(CurrentUser user, Long taskForceId, LocalDate meetingDate) {
        return table(user, taskForceId, meetingDate, -1);
    }

    /** One page of the table ({@code page} from 0), or every row when {@code page} is negative. */
    public FollowUpTable table(CurrentUser user, Long taskForceId, LocalDate askedDate, int page) {
        TaskForceView tf = readable(user, taskForceId);
        LocalDate meetingDate = askedDate != null ? askedDate : defaultDate(tf.id());
        return cache.get(TrackingCaches.VIEWS, key("followUp", user, taskForceId, meetingDate, page),
                () -> build(tf, meetingDate, item -> TrackingScope.canSee(user, item), page));
    }

    /** A rendering of {@link #table(CurrentUser, Long, LocalDate, int)} (e.g. its HTML), cached with it. */
    public <R> R rendered(CurrentUser user, Long taskForceId, LocalDate meetingDate, int page,
                          Function<FollowUpTable, R> render) {
        readable(user, taskForceId);
        LocalDate date = meetingDate != null ? meetingDate : defaultDate(taskForceId);
        return cache.get(TrackingCaches.VIEWS, key("followUp-rendered", user, taskForceId, date, page),
                () -> render.apply(table(user, taskForceId, date, page)));
    }

    /**
     * Without a date asked for: the next meeting scheduled from today on, else the date stored in the
     * task force's settings (a stored date older than a scheduled meeting is stale).
     */
    LocalDate defaultDate(Long taskForceId) {
        return meetings.nextMeetingDate(taskForceId, LocalDate.now(clock))
                .orElseGet(() -> settings.of(taskForceId).getNextMeetingDate());
    }

    private TaskForceView readable(CurrentUser user, Long taskForceId) {
        TaskForceView tf = committee.taskForce(taskForceId).orElseThrow(() -> new NotFoundException("taskForce", taskForceId));
        user.requireReadAgency(tf.agencyId());
        return tf;
    }

    /** Everyone who sees the same rows shares an entry: liaisons per unit, everyone else per task force. */
    private static List<Object> key(String what, CurrentUser user, Long taskForceId, LocalDate meetingDate, int page) {
        Object scope = user.is(tw.mainstream.shared.security.AccountRole.LIAISON) ? user.unitId() : "all";
        return List.of(what, taskForceId, String.valueOf(meetingDate), page, scope,
                LocaleContextHolder.getLocale().toLanguageTag());
    }

    private FollowUpTable build(TaskForceView tf, LocalDate meetingDate, java.util.function.Predicate<TrackedItem> visible,
                                int page) {
        TrackingSetting setting = settings.of(tf.id());
        LocalDate date = meetingDate != null ? meetingDate : setting.getNextMeetingDate();
        Map<Long, TrackedItem> chosen = new LinkedHashMap<>();
        Map<Long, TrackingDecision> decidedHere = new LinkedHashMap<>();
        if (date != null) {
            for (TrackingDecision d : decisions.findByAgencyIdAndMeetingDate(tf.agencyId(), date)) {
                decidedHere.put(d.getItemId(), d);
            }
            items.findAllById(decidedHere.keySet()).stream().filter(i -> i.getTaskForceId().equals(tf.id()))
                    .forEach(i -> chosen.put(i.getId(), i));
        }
        items.findByTaskForceIdAndStatusOrderByOriginDateAscIdAsc(tf.id(), ItemStatus.OPEN)
                .forEach(i -> chosen.putIfAbsent(i.getId(), i));
        List<TrackedItem> all = chosen.values().stream().filter(visible)
                .sorted(Comparator.comparing(TrackedItem::getOriginDate).thenComparing(TrackedItem::getId)).toList();
        int size = FollowUpTable.PAGE_SIZE;
        int pages = page < 0 ? 1 : Math.max(1, (all.size() + size - 1) / size);
        int shown = page < 0 ? 0 : Math.min(page, pages - 1);
        List<TrackedItem> rows = page < 0 ? all
                : all.subList(Math.min(shown * size, all.size()), Math.min((shown + 1) * size, all.size()));
        List<Long> ids = rows.stream().map(TrackedItem::getId).toList();
        Map<Long, List<ProgressReport>> reportsByItem = reports.findByItemIdIn(ids).stream()
                .collect(Collectors.groupingBy(ProgressReport::getItemId));
        Map<Long, List<TrackingDecision>> decisionsByItem = decisions.findByItemIdIn(ids).stream()
                .collect(Collectors.groupingBy(TrackingDecision::getItemId));
        Map<Long, String> units = committee.units(tf.agencyId()).stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.name(), (a, b) -> a));
        List<FollowUpColumn> columns = setting.columns();
        List<FollowUpTable.Row> result = new ArrayList<>();
        for (TrackedItem item : rows) {
            TrackingDecision here = decidedHere.get(item.getId());
            int round = here != null && here.getKind() == DecisionKind.CONTINUE ? item.getRound() - 1 : item.getRound();
            List<ProgressReport> current = current(item, reportsByItem.getOrDefault(item.getId(), List.of()), round);
            List<TrackingDecision> past = decisionsByItem.getOrDefault(item.getId(), List.of()).stream()
                    .filter(d -> here == null || !d.getId().equals(here.getId()))
                    .sorted(Comparator.comparing(TrackingDecision::getMeetingDate)).toList();
            TrackingProposal proposal = current.stream().filter(r -> r.getUnitId().equals(item.getLeadUnitId()))
                    .map(ProgressReport::getProposal).findFirst().orElse(null);
            List<String> cells = columns.stream()
                    .map(c -> cell(c, item, current, past, here, proposal, units, columns)).toList();
            result.add(new FollowUpTable.Row(item.getId(), item.getVersion(), item.isClosed(),
                    here == null ? null : here.getKind(), proposal, cells));
        }
        return new FollowUpTable(tf.id(), date, columns, result, all.size(), shown, pages);
    }

    private String cell(FollowUpColumn c, TrackedItem item, List<ProgressReport> current, List<TrackingDecision> past,
                        TrackingDecision here, TrackingProposal proposal, Map<Long, String> units,
                        List<FollowUpColumn> columns) {
        return switch (c) {
            case MEETING_DATE -> RocDates.formatShort(item.getOriginDate());
            case CONTENT -> columns.contains(FollowUpColumn.LEAD_UNIT) ? item.getContent()
                    : item.getContent() + "(" + units.get(item.getLeadUnitId()) + ")";
            case LEAD_UNIT -> units.get(item.getLeadUnitId());
            case SUPPORTING_UNITS -> item.getSupportingUnitIds().stream().map(units::get).sorted()
                    .collect(Collectors.joining("、"));
            case DUE -> item.getDueKind() == DueKind.DATE ? RocDates.formatShort(item.getDueDate())
                    : msg("tracking.due.NEXT_MEETING");
            case PROGRESS -> progress(current, units);
            case PROPOSAL -> proposal == null ? "" : msg("tracking.proposal." + proposal.name());
            case REMARKS -> remarks(item, past);
            case CLOSED -> here == null ? "" : msg("tracking.decision." + here.getKind().name());
        };
    }

    /** Joins sentences with 「；」, dropping a sentence's own end mark first (never 「。；」). */
    static String clauses(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).strip();
            out.add(i < parts.size() - 1 ? p.replaceAll("[。；;，,、.\\s]+$", "") : p);
        }
        return String.join("；", out);
    }

    /** The round's reports the table shows (submitted or accepted), the lead unit's first. */
    static List<ProgressReport> current(TrackedItem item, List<ProgressReport> reports, int round) {
        return reports.stream()
                .filter(r -> r.getRound() == round && r.getStatus() != ReportStatus.DRAFT
                        && r.getStatus() != ReportStatus.RETURNED)
                .sorted(Comparator.comparing((ProgressReport r) -> !r.getUnitId().equals(item.getLeadUnitId()))
                        .thenComparing(ProgressReport::getId))
                .toList();
    }

    /** 執行情形: one unit's text as written, several units' each after the unit's name. */
    static String progress(List<ProgressReport> current, Map<Long, String> units) {
        return current.size() == 1 ? current.get(0).getText() : current.stream()
                .map(r -> units.get(r.getUnitId()) + "：" + r.getText()).collect(Collectors.joining("\n"));
    }

    /** 備註: what earlier meetings said on the item (dated), then the item's own remarks. */
    static String remarks(TrackedItem item, List<TrackingDecision> past) {
        List<String> parts = new ArrayList<>();
        for (TrackingDecision d : past) {
            String text = clauses(java.util.stream.Stream.of(d.getRemarks(), d.getNewInstructions())
                    .filter(s -> s != null && !s.isBlank()).toList());
            if (!text.isEmpty()) {
                parts.add(RocDates.formatShort(d.getMeetingDate()) + " " + text);
            }
        }
        if (item.getRemarks() != null && !item.getRemarks().isBlank()) {
            parts.add(item.getRemarks());
        }
        return String.join("\n", parts);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
