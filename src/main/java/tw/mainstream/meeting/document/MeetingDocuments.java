package tw.mainstream.meeting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Section;
import tw.mainstream.document.Table;
import tw.mainstream.meeting.AttachmentView;
import tw.mainstream.meeting.domain.AttendanceView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.domain.MinutesView;
import tw.mainstream.meeting.domain.NoticeView;
import tw.mainstream.meeting.domain.ObserverView;
import tw.mainstream.meeting.domain.AttachmentService;
import tw.mainstream.shared.i18n.MessageSourceConfig;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The meeting's official documents (minutes, notice, agenda, sign-in sheet) as document trees for
 * the document engine. Every format of the minutes, the HTML page included, comes from
 * {@link #minutes}, so the formats cannot drift apart.
 */
@Component
public class MeetingDocuments {

    private final MessageSource messages;
    private final AttachmentService attachments;

    MeetingDocuments(MessageSource messages, AttachmentService attachments) {
        this.messages = messages;
        this.attachments = attachments;
    }

    /**
     * The minutes with each item's pictures (PNG/JPEG) after its explanation and table; {@code pictures}
     * gives an attachment's bytes and is asked once per picture. Other types, or missing files, are
     * printed as 「圖：caption」.
     */
    public OfficialDocument minutes(MinutesView v, Function<AttachmentView, byte[]> pictures) {
        return new MinutesDocument(v, pictures, this::text).build();
    }

    /**
     * The minutes with their pictures read from storage: {@code v} was read for {@code user} (the public
     * version only lists what the public may see), so each picture is read once without a second scope check.
     */
    public OfficialDocument minutes(MinutesView v) {
        Long meetingId = v.meeting().id();
        return minutes(v, a -> attachments.read(meetingId, a.id(), CurrentUser.ANONYMOUS, true).content());
    }

    public OfficialDocument notice(NoticeView n) {
        return OfficialDocument.builder().title(n.agencyName(), "開會通知單")
                .field("開會事由", n.subject()).field("開會時間", n.time()).field("開會地點", n.place())
                .field("主持人", n.chair()).field("聯絡人及電話", n.contact())
                .field("出席者", String.join("、", n.attendees())).field("列席者", String.join("、", n.observers()))
                .field("副本", n.cc() == null ? "" : n.cc()).field("備註", n.note() == null ? "" : n.note()).build();
    }

    public OfficialDocument agenda(NoticeView n) {
        OfficialDocument.Builder b = OfficialDocument.builder().title(n.agencyName(), n.meeting().taskForceName() + " "
                + n.meeting().number() + "議程")
                .field("時間", n.time()).field("地點", n.place()).field("主席", n.chair());
        for (ItemView i : n.agenda()) {
            String subject = i.subject() != null ? i.subject()
                    : i.kind().name().equals("CHAIR_REMARKS") ? text("meeting.doc.chairRemarks") : i.label();
            b.add(new Section(subject, i.explanation().isEmpty() ? List.of()
                    : List.of(MinutesDocument.points(i.explanation(), MinutesDocument.EXPLANATION_LEVEL))));
        }
        return b.build();
    }

    /** One row per member (內聘, 外聘, or staff such as the 執行秘書 by their title), then the observers. */
    public OfficialDocument signInSheet(NoticeView n, List<AttendanceView> rows, List<ObserverView> observers) {
        List<List<String>> table = new ArrayList<>();
        rows.forEach(r -> table.add(List.of(r.name(), r.affiliation() == null ? "" : r.affiliation(),
                !r.voting() && r.title() != null ? r.title() : r.internal() ? "內聘" : "外聘", "")));
        observers.forEach(o -> table.add(List.of(o.name(), o.affiliation() == null ? "" : o.affiliation(), "列席", "")));
        return OfficialDocument.builder().title(n.agencyName(), n.meeting().taskForceName() + " " + n.meeting().number() + "簽到表")
                .field("時間", n.time()).field("地點", n.place())
                .add(new Table(null, List.of("姓名", "單位及職稱", "身分", "簽名"), table, List.of(20, 40, 12, 28)))
                .build();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, MessageSourceConfig.DEFAULT_LOCALE);
    }
}
