package tw.mainstream.document.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tw.mainstream.document.Block;
import tw.mainstream.document.Image;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Remark;
import tw.mainstream.document.Section;
import tw.mainstream.document.Table;
import tw.mainstream.meeting.AttachmentView;
import tw.mainstream.meeting.AttendanceView;
import tw.mainstream.meeting.FollowUpRowView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.MinutesView;
import tw.mainstream.meeting.NoticeView;
import tw.mainstream.meeting.ObserverView;
import tw.mainstream.meeting.PointView;
import tw.mainstream.meeting.RemarkView;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.meeting.SectionView;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.time.RocDates;

/**
 * Maps the meeting module's read models (minutes, notice, agenda, sign-in sheet) to official
 * documents. Numbering 壹、一、(一) comes from the document tree; labels of the Taipei layout
 * (報告案 1、) are kept as text because they are case numbers, not outline numbers.
 */
@Component
public class MeetingDocuments {

    private static final Set<String> PICTURE_TYPES = Set.of("image/png", "image/jpeg");

    /**
     * The minutes as the HTML page shows them, with each item's picture attachments (PNG/JPEG) after
     * its explanation and table; {@code pictures} gives an attachment's bytes, read with the same
     * scope and version as {@code v}. Pictures of another type, or whose file is missing, are printed as
     * 「圖：caption」.
     */
    public OfficialDocument minutes(MinutesView v, Function<AttachmentView, byte[]> pictures) {
        OfficialDocument.Builder b = OfficialDocument.builder();
        if (v.meeting().style() == MeetingStyle.SECTIONS) {
            b.title(v.agencyName(), v.title());
        } else {
            b.title(v.title());
        }
        v.header().forEach(h -> b.field(h.label(), h.value().replace("\n", "")));
        for (SectionView s : v.sections()) {
            String heading = s.heading() + (s.text() != null ? "：" + s.text().replace("\n", "") : "");
            List<Block> children = new ArrayList<>();
            boolean cases = v.meeting().style() == MeetingStyle.CASES;
            for (ItemView i : s.items()) {
                if (cases) {
                    children.add(Paragraph.of(i.label() + i.subject()));
                    children.addAll(itemBody(i, v, pictures));
                } else {
                    String subject = i.subject() == null ? "" : i.subject();
                    if (i.kind().name().equals("SPECIAL_REPORT") && i.unitLabel() != null) {
                        subject = subject + "（報告單位：" + i.unitLabel() + "）";
                    }
                    children.add(subject.isEmpty() ? Paragraph.of(i.label()) : new Section(subject, itemBody(i, v, pictures)));
                }
            }
            b.add(new Section(heading, children));
        }
        return b.build();
    }

    private List<Block> itemBody(ItemView i, MinutesView v, Function<AttachmentView, byte[]> pictures) {
        List<Block> blocks = new ArrayList<>();
        if (!i.explanation().isEmpty()) {
            blocks.add(Paragraph.lead("說明：", ""));
            blocks.addAll(points(i.explanation()));
        }
        if (!i.table().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (FollowUpRowView r : i.table()) {
                rows.add(List.of(r.meetingDate() == null ? "" : RocDates.formatShort(r.meetingDate()),
                        r.content() + (r.unitLabel() == null ? "" : "(" + r.unitLabel() + ")"),
                        r.progress() == null ? "" : r.progress(), r.note() == null ? "" : r.note(),
                        r.closed() == null ? "" : r.closed() ? "是" : "否"));
            }
            blocks.add(new Table(null, List.of("會議日期", "內容說明或裁(指)示事項", "執行情形", "備註", "是否解列"), rows,
                    List.of(12, 33, 25, 22, 8)));
        }
        for (AttachmentView a : i.attachments()) {
            if (a.image()) {
                blocks.add(picture(a, pictures));
            }
        }
        if (!i.remarks().isEmpty()) {
            blocks.add(Paragraph.lead(v.meeting().style() == MeetingStyle.CASES ? "發言摘要：" : "委員發言要點：", ""));
            for (RemarkView r : i.remarks()) {
                if (r.points().size() == 1) {
                    blocks.add(new Remark(null, r.speaker(), r.points().get(0).text()));
                } else {
                    blocks.add(new Remark(null, r.speaker(), "", points(r.points())));
                }
            }
        }
        for (ResolutionView r : i.resolutions()) {
            String text = r.text() != null ? r.text() : outcome(r);
            if (!r.quorumMet()) {
                text = text + "（本項作成時出席委員 " + r.presentCount() + " 人，未達法定人數 " + r.requiredCount() + " 人）";
            }
            blocks.add(Paragraph.lead(kind(r) + "：", text));
        }
        return blocks;
    }

    private static Block picture(AttachmentView a, Function<AttachmentView, byte[]> pictures) {
        String alt = a.caption() != null && !a.caption().isBlank() ? a.caption() : a.fileName();
        if (!PICTURE_TYPES.contains(a.contentType())) {
            return Paragraph.lead("圖：", alt);
        }
        try {
            return new Image(pictures.apply(a), a.contentType(), alt);
        } catch (NotFoundException e) {
            return Paragraph.lead("圖：", alt); // the stored file is gone: keep the minutes downloadable
        }
    }

    /** Points become nested sections so that the document numbers them by depth. */
    private static List<Block> points(List<PointView> points) {
        List<Block> top = new ArrayList<>();
        List<Block> currentChildren = null;
        String currentText = null;
        for (PointView p : points) {
            if (p.depth() == 0 || currentText == null) {
                if (currentText != null) {
                    top.add(new Section(currentText, currentChildren));
                }
                currentText = p.text();
                currentChildren = new ArrayList<>();
            } else {
                currentChildren.add(new Section(p.text(), List.of()));
            }
        }
        if (currentText != null) {
            top.add(new Section(currentText, currentChildren));
        }
        return top;
    }

    private static String kind(ResolutionView r) {
        return switch (r.kind()) {
            case RESOLUTION -> "決議";
            case DECISION -> "決定";
            case RULING -> "主席裁示";
            case CONCLUSION -> "主席結論";
        };
    }

    private static String outcome(ResolutionView r) {
        return switch (r.outcome()) {
            case NOTED -> "洽悉。";
            case ADOPTED -> "照案通過。";
            case AMENDED -> "修正通過。";
            case CLOSED -> "解除列管。";
            case CONTINUED -> "繼續列管。";
            case OTHER -> "";
        };
    }

    public OfficialDocument notice(NoticeView n) {
        OfficialDocument.Builder b = OfficialDocument.builder().title(n.agencyName(), "開會通知單")
                .field("開會事由", n.subject()).field("開會時間", n.time()).field("開會地點", n.place())
                .field("主持人", n.chair()).field("聯絡人及電話", n.contact())
                .field("出席者", String.join("、", n.attendees())).field("列席者", String.join("、", n.observers()))
                .field("副本", n.cc() == null ? "" : n.cc()).field("備註", n.note() == null ? "" : n.note());
        return b.build();
    }

    public OfficialDocument agenda(NoticeView n) {
        OfficialDocument.Builder b = OfficialDocument.builder().title(n.agencyName(), n.meeting().taskForceName() + " "
                + n.meeting().number() + "議程")
                .field("時間", n.time()).field("地點", n.place()).field("主席", n.chair());
        for (ItemView i : n.agenda()) {
            String subject = i.subject() != null ? i.subject() : i.kind().name().equals("CHAIR_REMARKS") ? "主席致詞" : i.label();
            b.add(new Section(subject, i.explanation().isEmpty() ? List.of() : points(i.explanation())));
        }
        return b.build();
    }

    public OfficialDocument signInSheet(NoticeView n, List<AttendanceView> rows, List<ObserverView> observers) {
        List<List<String>> table = new ArrayList<>();
        rows.forEach(r -> table.add(List.of(r.name(), r.affiliation() == null ? "" : r.affiliation(),
                r.internal() ? "內聘" : "外聘", "")));
        observers.forEach(o -> table.add(List.of(o.name(), o.affiliation() == null ? "" : o.affiliation(), "列席", "")));
        return OfficialDocument.builder().title(n.agencyName(), n.meeting().taskForceName() + " " + n.meeting().number() + "簽到表")
                .field("時間", n.time()).field("地點", n.place())
                .add(new Table(null, List.of("姓名", "單位及職稱", "身分", "簽名"), table, List.of(20, 40, 12, 28)))
                .build();
    }
}
