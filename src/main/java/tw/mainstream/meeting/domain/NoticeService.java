package tw.mainstream.meeting.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.MemberView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.i18n.MessageSourceConfig;
import tw.mainstream.shared.mail.MailProperties;
import tw.mainstream.shared.text.NameMasking;
import tw.mainstream.shared.time.RocDates;

/** The meeting notice (開會通知單): its fields, and sending it by e-mail with a calendar invitation. */
@Service
@Transactional
public class NoticeService {

    private final MeetingAccess access;
    private final MinutesAssembler assembler;
    private final AgendaItemQueries agendaItems;
    private final AttendanceRepository attendance;
    private final ObserverRepository observers;
    private final CommitteeApi committee;
    private final JavaMailSender mailSender;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;

    NoticeService(MeetingAccess access, MinutesAssembler assembler, AgendaItemQueries agendaItems, AttendanceRepository attendance,
                  ObserverRepository observers, CommitteeApi committee, JavaMailSender mailSender,
                  MessageSource messages, Clock clock, MailProperties mail) {
        this.access = access;
        this.assembler = assembler;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.observers = observers;
        this.committee = committee;
        this.mailSender = mailSender;
        this.messages = messages;
        this.clock = clock;
        this.from = mail.from();
    }

    @Transactional(readOnly = true)
    public NoticeView notice(Long meetingId, tw.mainstream.shared.security.CurrentUser user) {
        return notice(access.read(meetingId, user));
    }

    NoticeView notice(Meeting m) {
        var view = assembler.view(m);
        String title = text("meeting.notice.title", view.taskForceName(), view.number());
        String subject = m.getSubject() != null ? m.getSubject() : text("meeting.notice.defaultSubject", view.taskForceName(), view.number());
        String time = RocDates.formatWithWeekday(m.getMeetingDate()) + RocDates.formatTime(m.getStartTime());
        String place = m.getPlace() == null ? "" : m.getPlace() + (m.getPlaceDetail() == null ? "" : "（" + m.getPlaceDetail() + "）");
        String contact = (m.getContactPerson() == null ? "" : m.getContactPerson())
                + (m.getContactPhone() == null ? "" : " " + m.getContactPhone());
        List<String> attendees = attendance.findByMeetingIdOrderByPositionAscIdAsc(m.getId()).stream()
                .map(a -> a.getName() + (a.getTitle() == null ? "" : a.getTitle())).toList();
        List<String> obs = observers.findByMeetingIdOrderByPositionAscIdAsc(m.getId()).stream()
                .map(o -> o.getName() + (o.getAffiliation() == null ? "" : "（" + o.getAffiliation() + "）")).toList();
        var agenda = agendaItems.of(m, Masker.none()).stream().filter(i -> i.kind().isSubstantive()
                || i.kind() == AgendaItemKind.CHAIR_REMARKS).toList();
        return new NoticeView(view, assembler.agencyName(m), title, subject, time, place,
                NameMasking.withTitle(m.getChairName(), m.getChairTitle()), contact.strip(), attendees, obs,
                m.getNoticeCc(), m.getNoticeNote(), agenda);
    }

    /**
     * The meeting as an iCalendar file for anyone who may read it: the invitation (METHOD:REQUEST)
     * with every seated member as attendee, or its cancellation (METHOD:CANCEL).
     */
    @Transactional(readOnly = true)
    public String invitation(Long meetingId, tw.mainstream.shared.security.CurrentUser user) {
        Meeting m = access.read(meetingId, user);
        return Icalendar.invitation(m, notice(m), from,
                committee.activeMembers(m.getTaskForceId(), m.getMeetingDate()), clock.instant());
    }

    /** Sends the notice to every member with an e-mail address; says how many and who has no address. */
    public NoticeDelivery send(Long meetingId, tw.mainstream.shared.security.CurrentUser user) {
        return send(meetingId, user, mailSender);
    }

    /** The same through another mail sender (tests send through GreenMail this way). */
    public NoticeDelivery send(Long meetingId, tw.mainstream.shared.security.CurrentUser user, JavaMailSender sender) {
        Meeting m = access.manage(meetingId, user);
        if (!m.getStatus().isBeforeMeeting() || m.getStatus() == MeetingStatus.POSTPONED) {
            throw DomainException.invalid("meeting.error.noticeState");
        }
        List<MemberView> invited = committee.activeMembers(m.getTaskForceId(), m.getMeetingDate());
        List<String> to = invited.stream()
                .map(MemberView::email).filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct()
                .collect(Collectors.toList());
        if (to.isEmpty()) {
            throw DomainException.invalid("meeting.error.noRecipients");
        }
        NoticeView notice = notice(m);
        String ics = Icalendar.invitation(m, notice, from, invited, clock.instant());
        try {
            for (String address : to) {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(address);
                helper.setSubject(notice.title());
                helper.setText(body(notice));
                helper.addAttachment("invite.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=REQUEST");
                sender.send(message);
            }
        } catch (MessagingException | MailException e) {
            throw new DomainException("meeting.error.mail", 502, e.getMessage());
        }
        m.noticeSent(clock.instant());
        if (m.getStatus() == MeetingStatus.PLANNED) {
            m.moveTo(MeetingStatus.NOTICE_SENT, null);
        }
        List<String> withoutAddress = invited.stream().filter(v -> v.email() == null || v.email().isBlank())
                .map(MemberView::name).distinct().toList();
        return new NoticeDelivery(to.size(), withoutAddress);
    }

    private String body(NoticeView n) {
        StringBuilder b = new StringBuilder(n.agencyName()).append('\n').append(n.title()).append("\n\n");
        line(b, "meeting.notice.subject", n.subject());
        line(b, "meeting.notice.time", n.time());
        line(b, "meeting.notice.place", n.place());
        line(b, "meeting.notice.chair", n.chair());
        line(b, "meeting.notice.contact", n.contact());
        line(b, "meeting.notice.attendees", String.join("、", n.attendees()));
        line(b, "meeting.notice.observers", String.join("、", n.observers()));
        line(b, "meeting.notice.cc", n.cc());
        line(b, "meeting.notice.note", n.note());
        return b.toString();
    }

    private void line(StringBuilder b, String key, String value) {
        b.append(text(key)).append("：").append(value == null || value.isBlank() ? text("meeting.doc.noneShort") : value)
                .append('\n');
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, MessageSourceConfig.DEFAULT_LOCALE);
    }
}
