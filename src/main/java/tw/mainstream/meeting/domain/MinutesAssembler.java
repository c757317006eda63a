package tw.mainstream.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.shared.i18n.MessageSourceConfig;
import tw.mainstream.shared.privacy.PublicNamePolicyQueries;
import tw.mainstream.shared.text.NameMasking;
import tw.mainstream.shared.time.RocDates;

/**
 * Lays out the minutes of a meeting in one of the two government layouts, with the outline
 * numbering generated: NIA style (header fields, then 壹、宣布開會 …) or Taipei style (壹、時間 …
 * 陸、議案內容 with 報告案 n). The public version masks names by the agency's public-name policy, the
 * one every public output of the agency follows (read when the version is built, so a change applies
 * to minutes already published too).
 */
@Component
class MinutesAssembler {

    private final AgendaItemQueries agendaItems;
    private final AttendanceRepository attendance;
    private final ObserverRepository observers;
    private final MeetingRepository meetings;
    private final CommitteeApi committee;
    private final MessageSource messages;
    private final PublicNamePolicyQueries publicNames;

    MinutesAssembler(AgendaItemQueries agendaItems, AttendanceRepository attendance, ObserverRepository observers,
                     MeetingRepository meetings, CommitteeApi committee, MessageSource messages,
                     PublicNamePolicyQueries publicNames) {
        this.publicNames = publicNames;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.observers = observers;
        this.meetings = meetings;
        this.committee = committee;
        this.messages = messages;
    }

    MeetingView view(Meeting m) {
        String tf = committee.taskForce(m.getTaskForceId()).map(TaskForceView::name).orElse("");
        return new MeetingView(m.getId(), m.getTaskForceId(), m.getAgencyId(), tf, number(m), m.getKind(),
                m.getRocYear(), m.getSequenceNo(), m.getMeetingDate(), m.getStartTime(), m.getEndTime(), m.getPlace(),
                m.getPlaceDetail(), m.getChairName(), m.getChairTitle(), m.getRecorder(), m.getContactPerson(),
                m.getContactPhone(), m.getStatus(), m.getStatusReason(), m.getSubject(), m.getNoticeCc(),
                m.getNoticeNote(), m.getAttendanceNote(), m.getProposalDeadline(), m.getOpeningRemarks(),
                m.getChairConclusion(), m.getAdjournedAt(), m.getStyle(), m.getVersion());
    }

    /** 「111 年第 1 次會議」 or 「111 年第 1 次臨時會議」. */
    String number(Meeting m) {
        return text(m.getKind() == MeetingKind.EXTRAORDINARY ? "meeting.doc.numberExtra" : "meeting.doc.number",
                m.getRocYear(), m.getSequenceNo());
    }

    String agencyName(Meeting m) {
        return committee.agency(m.getAgencyId()).map(AgencyView::name).orElse("");
    }

    MinutesView build(Meeting m, Minutes minutes, boolean publicVersion) {
        Masker masker = publicVersion ? Masker.of(publicNames.forAgency(m.getAgencyId())) : Masker.none();
        List<Attendance> attending = attendance.findByMeetingIdOrderByPositionAscIdAsc(m.getId());
        List<Observer> observing = observers.findByMeetingIdOrderByPositionAscIdAsc(m.getId());
        if (masker.active()) {
            knowEveryone(m, attending, observing, masker);
        }
        String chair = NameMasking.withTitle(masker.name(m.getChairName(), NameCategory.MEMBER_OFFICIAL), m.getChairTitle());
        String recorder = masker.name(m.getRecorder(), NameCategory.STAFF);
        MeetingView mv = masker.active() ? masked(view(m), masker) : view(m);
        String present = attendees(attending, m.getChairName(), masker);
        String observed = observing.stream()
                .map(o -> masker.name(o.getName(), o.getCategory()) + paren(masker.text(o.getAffiliation())))
                .collect(Collectors.joining("、"));
        List<ItemView> items = agendaItems.of(m, masker);
        String time = RocDates.formatWithWeekday(m.getMeetingDate()) + RocDates.formatTime(m.getStartTime());
        String place = mv.place() == null ? "" : mv.place() + (mv.placeDetail() == null ? "" : "\n（" + mv.placeDetail() + "）");
        String tfName = shortName(mv.taskForceName(), agencyName(m));
        List<HeaderLine> header = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        String title;
        if (m.getStyle() == MeetingStyle.CASES) {
            title = text("meeting.doc.titleCases", "", fullName(mv.taskForceName(), agencyName(m)), number(m));
            add(sections, text("meeting.doc.time"), time, List.of());
            add(sections, text("meeting.doc.place"), place, List.of());
            add(sections, text("meeting.doc.host"), chair + "　" + text("meeting.doc.recorderCases") + "：" + nz(recorder), List.of());
            add(sections, text("meeting.doc.attendees"), present, List.of());
            add(sections, text("meeting.doc.observers"), observed.isEmpty() ? text("meeting.doc.noneShort") : observed, List.of());
            add(sections, text("meeting.doc.cases"), null, items.stream().filter(i -> i.kind().isSubstantive()
                    && i.kind() != AgendaItemKind.EXTEMPORE).toList());
        } else {
            title = text("meeting.doc.titleSections", m.getRocYear(), tfName, m.getSequenceNo(),
                    m.getKind() == MeetingKind.EXTRAORDINARY ? text("meeting.doc.extraordinary") : "");
            header.add(new HeaderLine(text("meeting.doc.time"), time));
            header.add(new HeaderLine(text("meeting.doc.place"), place));
            header.add(new HeaderLine(text("meeting.doc.chair"), chair));
            header.add(new HeaderLine(text("meeting.doc.recorder"), nz(recorder)));
            String all = mv.attendanceNote() != null ? mv.attendanceNote()
                    : present + (observed.isEmpty() ? "" : "；" + text("meeting.doc.observers") + "：" + observed);
            header.add(new HeaderLine(text("meeting.doc.attendance"), all));
            sectionsStyle(m, mv, items, sections);
        }
        List<ItemView> extempore = items.stream().filter(i -> i.kind() == AgendaItemKind.EXTEMPORE).toList();
        add(sections, text("meeting.doc.extempore"), extempore.isEmpty() ? text("meeting.doc.none") : null, extempore);
        if (mv.chairConclusion() != null) {
            add(sections, text("meeting.doc.conclusion"), mv.chairConclusion(), List.of());
        }
        add(sections, text("meeting.doc.adjourn"), m.getAdjournedAt() == null ? null
                : RocDates.formatTime(m.getAdjournedAt()) + "。", List.of());
        return new MinutesView(mv, agencyName(m), title, publicVersion, minutes.getRevision(), minutes.getStatus(),
                header, sections, recorder, chair);
    }

    private void sectionsStyle(Meeting m, MeetingView mv, List<ItemView> items, List<SectionView> sections) {
        if (has(items, AgendaItemKind.ANNOUNCE)) {
            add(sections, text("meeting.doc.announce"), null, List.of());
        }
        if (has(items, AgendaItemKind.CHAIR_REMARKS)) {
            add(sections, text("meeting.doc.chairRemarks"), mv.openingRemarks() == null ? text("meeting.doc.omitted")
                    : mv.openingRemarks(), List.of());
        }
        if (has(items, AgendaItemKind.CONFIRM_PREVIOUS)) {
            add(sections, text("meeting.doc.confirmPrevious"), null, of(items, AgendaItemKind.CONFIRM_PREVIOUS));
        }
        if (has(items, AgendaItemKind.FOLLOW_UP)) {
            add(sections, followUpHeading(m), null, of(items, AgendaItemKind.FOLLOW_UP));
        }
        List<ItemView> reports = items.stream().filter(i -> i.kind() == AgendaItemKind.REPORT
                || i.kind() == AgendaItemKind.SPECIAL_REPORT).toList();
        if (!reports.isEmpty()) {
            add(sections, text("meeting.doc.reports"), null, reports);
        }
        if (has(items, AgendaItemKind.DISCUSSION)) {
            add(sections, text("meeting.doc.discussions"), null, of(items, AgendaItemKind.DISCUSSION));
        }
    }

    /** 「本署 110 年性別平等工作小組第 2 次會議決議辦理情形。」 from the task force's previous meeting. */
    private String followUpHeading(Meeting m) {
        return meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(m.getTaskForceId()).stream()
                .filter(p -> p.getMeetingDate().isBefore(m.getMeetingDate()))
                .findFirst()
                .map(p -> text("meeting.doc.followUpOf", selfReference(agencyName(m)), text("meeting.doc.titleShort", p.getRocYear(),
                        shortName(committee.taskForce(p.getTaskForceId()).map(TaskForceView::name).orElse(""),
                                agencyName(p)), p.getSequenceNo())))
                .orElse(text("meeting.doc.followUp"));
    }

    /** Who attended, as the minutes list them: the chair presides and is named as such, not again here. */
    private String attendees(List<Attendance> attending, String chairName, Masker masker) {
        return attending.stream()
                .filter(a -> a.getStatus().listedAsAttending())
                .filter(a -> chairName == null || !chairName.equals(a.getName()))
                .map(a -> masker.name(a.getName(), NameCategory.MEMBER_OFFICIAL) + nz(a.getTitle())
                        + paren(masker.text(a.getAffiliation())) + status(a, masker))
                .collect(Collectors.joining("、"));
    }

    private String status(Attendance a, Masker masker) {
        return switch (a.getStatus()) {
            case EXCUSED -> text("meeting.doc.excused");
            case PROXY -> text("meeting.doc.proxy", masker.name(a.getProxyName(), NameCategory.MEMBER_OFFICIAL));
            default -> "";
        };
    }

    /**
     * Before any text is masked, the masker learns every person the minutes may mention: the task
     * force's members past and present (their names may be written in a carried-over follow-up row
     * years later), the attendance with proxies, the observers, chair, recorder and contact person,
     * and the titles they are written with (吳委員嘉麗, 林副署長興春).
     */
    private void knowEveryone(Meeting m, List<Attendance> attending, List<Observer> observing, Masker masker) {
        committee.everyMember(m.getTaskForceId()).forEach(p -> masker.person(p.name(), p.title(), p.role().isStaff()));
        for (Attendance a : attending) {
            masker.name(a.getName(), NameCategory.MEMBER_OFFICIAL);
            masker.title(a.getTitle());
            masker.name(a.getProxyName(), NameCategory.MEMBER_OFFICIAL);
        }
        observing.forEach(o -> masker.name(o.getName(), o.getCategory()));
        masker.name(m.getChairName(), NameCategory.MEMBER_OFFICIAL);
        masker.title(m.getChairTitle());
        masker.name(m.getRecorder(), NameCategory.STAFF);
        masker.name(m.getContactPerson(), NameCategory.STAFF);
    }

    /** The meeting's own fields as the public version may show them (the JSON of the minutes carries them). */
    private static MeetingView masked(MeetingView v, Masker masker) {
        return new MeetingView(v.id(), v.taskForceId(), v.agencyId(), v.taskForceName(), v.number(), v.kind(),
                v.rocYear(), v.sequenceNo(), v.date(), v.startTime(), v.endTime(), masker.text(v.place()),
                masker.text(v.placeDetail()), masker.name(v.chairName(), NameCategory.MEMBER_OFFICIAL), v.chairTitle(),
                masker.name(v.recorder(), NameCategory.STAFF), masker.name(v.contactPerson(), NameCategory.STAFF),
                v.contactPhone(), v.status(), masker.text(v.statusReason()), masker.text(v.subject()),
                masker.text(v.noticeCc()), masker.text(v.noticeNote()), masker.text(v.attendanceNote()),
                v.proposalDeadline(), masker.text(v.openingRemarks()), masker.text(v.chairConclusion()),
                v.adjournedAt(), v.style(), v.version());
    }

    private static boolean has(List<ItemView> items, AgendaItemKind kind) {
        return items.stream().anyMatch(i -> i.kind() == kind);
    }

    private static List<ItemView> of(List<ItemView> items, AgendaItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    private static void add(List<SectionView> sections, String heading, String text, List<ItemView> items) {
        sections.add(new SectionView(Numbering.label(0, sections.size() + 1), heading, text, items));
    }

    /**
     * How an agency names itself in its own minutes: 本署 for 移民署, 本局 for 資訊局, 本部, 本府, 本會, 本處,
     * 本院, 本所, 本館, 本校; an agency whose name ends otherwise is named in full.
     */
    static String selfReference(String agency) {
        if (agency == null || agency.isEmpty()) {
            return "";
        }
        char last = agency.charAt(agency.length() - 1);
        return "署局部府會處院所館校".indexOf(last) >= 0 ? "本" + last + " " : agency;
    }

    /**
     * The task force as a title names it: its registered name when that names its agency
     * (臺北市府資訊局性別平等專案小組), else the agency and the name (性別平等專案小組).
     */
    static String fullName(String taskForce, String agency) {
        return taskForce.startsWith("性別") && agency != null ? agency + taskForce : taskForce;
    }

    /** 「內政部移民署性別平等工作小組」 under the agency's own heading reads 「性別平等工作小組」. */
    static String shortName(String taskForce, String agency) {
        return agency != null && !agency.isEmpty() && taskForce.startsWith(agency) && taskForce.length() > agency.length()
                ? taskForce.substring(agency.length()) : taskForce;
    }

    private static String paren(String s) {
        return s == null || s.isBlank() ? "" : "（" + s + "）";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, MessageSourceConfig.DEFAULT_LOCALE);
    }
}
