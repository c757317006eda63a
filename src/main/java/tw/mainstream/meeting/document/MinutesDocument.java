package tw.mainstream.meeting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tw.mainstream.document.Block;
import tw.mainstream.document.Image;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.PointList;
import tw.mainstream.document.Remark;
import tw.mainstream.document.Section;
import tw.mainstream.document.Table;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.AttachmentView;
import tw.mainstream.meeting.FollowUpRowView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.domain.MinutesView;
import tw.mainstream.meeting.PointView;
import tw.mainstream.meeting.RemarkView;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.meeting.domain.SectionView;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.text.OutlineNumbering.Brackets;
import tw.mainstream.shared.time.RocDates;

/**
 * The minutes as an official document, in the layout the agencies write: sections 壹、 with their
 * text after a colon, items 一、 (or 報告案 1、 in the Taipei layout), 說明 points (一), a speaker's
 * points 一、 under the item (Taipei (1)), a single point unnumbered, labels in bold and the text
 * plain. One instance per rendering; {@code pictures} is asked once for each picture.
 */
final class MinutesDocument {

    /** Outline levels (1 = 壹、) of the explanation points and of a speaker's points per layout. */
    static final int EXPLANATION_LEVEL = 3;
    static final int REMARK_LEVEL_SECTIONS = 2;
    static final int REMARK_LEVEL_CASES = 5;

    private static final Set<String> PICTURE_TYPES = Set.of("image/png", "image/jpeg");
    private static final String ENDS_IN_PUNCTUATION = ".*[。：:；;，,！？!?]$";

    private final MinutesView v;
    private final Function<AttachmentView, byte[]> pictures;
    private final Function<String, String> text;
    private final boolean cases;

    MinutesDocument(MinutesView v, Function<AttachmentView, byte[]> pictures, Function<String, String> text) {
        this.v = v;
        this.pictures = pictures;
        this.text = text;
        this.cases = v.meeting().style() == MeetingStyle.CASES;
    }

    OfficialDocument build() {
        OfficialDocument.Builder b = OfficialDocument.builder().brackets(Brackets.HALF_WIDTH);
        if (cases) {
            b.title(v.title());
        } else {
            b.title(v.agencyName(), v.title());
        }
        v.header().forEach(h -> b.field(h.label(), h.value()));
        for (SectionView s : v.sections()) {
            List<Block> children = new ArrayList<>();
            for (ItemView i : s.items()) {
                children.addAll(item(i));
            }
            b.add(new Section(heading(s), children));
        }
        return b.build();
    }

    /** 「貳、主席致詞：（略）」, 「肆、報告事項：」 before items; a heading that ends in punctuation keeps it. */
    private static String heading(SectionView s) {
        if (s.text() != null && !s.text().isBlank()) {
            return s.heading() + "：" + s.text();
        }
        boolean colon = !s.items().isEmpty() && !s.heading().matches(ENDS_IN_PUNCTUATION);
        return colon ? s.heading() + "：" : s.heading();
    }

    private List<Block> item(ItemView i) {
        if (i.kind() == AgendaItemKind.CONFIRM_PREVIOUS) {
            List<Block> body = body(i);
            if (i.resolutions().isEmpty()) {
                body.add(Paragraph.lead(text.apply("meeting.resolutionKind.DECISION") + "：",
                        text.apply("meeting.doc.confirmed")));
            }
            return body;
        }
        String subject = i.subject() == null ? "" : i.subject();
        if (cases) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Paragraph.lead(i.label() + subject, ""));
            blocks.addAll(body(i));
            return blocks;
        }
        if (i.kind() == AgendaItemKind.SPECIAL_REPORT && i.unitLabel() != null) {
            subject = subject + "：" + text.apply("meeting.doc.reportingUnit").replace("{0}", i.unitLabel());
        }
        return List.of(subject.isEmpty() ? Paragraph.of(i.label()) : new Section(subject, body(i)));
    }

    private List<Block> body(ItemView i) {
        List<Block> blocks = new ArrayList<>();
        if (!i.explanation().isEmpty()) {
            blocks.add(Paragraph.lead(text.apply("meeting.doc.explanation") + "：", ""));
            blocks.add(points(i.explanation(), EXPLANATION_LEVEL));
        }
        if (!i.table().isEmpty()) {
            blocks.add(table(i.table()));
            i.table().forEach(r -> r.images().forEach(a -> blocks.add(picture(a))));
        }
        i.attachments().stream().filter(AttachmentView::image).forEach(a -> blocks.add(picture(a)));
        if (!i.remarks().isEmpty()) {
            blocks.add(Paragraph.lead(text.apply(cases ? "meeting.doc.remarksCases" : "meeting.doc.remarksSections") + "：", ""));
            int level = cases ? REMARK_LEVEL_CASES : REMARK_LEVEL_SECTIONS;
            for (RemarkView r : i.remarks()) {
                if (r.points().size() == 1) {
                    blocks.add(new Remark(null, r.speaker(), r.points().get(0).text()));
                } else {
                    blocks.add(new Remark(null, r.speaker(), "", List.of(points(r.points(), level))));
                }
            }
        }
        for (ResolutionView r : i.resolutions()) {
            String decision = r.text() != null ? r.text()
                    : r.outcome() == ResolutionOutcome.OTHER ? "" : text.apply("meeting.outcome." + r.outcome()) + "。";
            if (!r.quorumMet()) {
                decision = decision + text.apply("meeting.doc.quorumFlag").replace("{0}", String.valueOf(r.presentCount()))
                        .replace("{1}", String.valueOf(r.requiredCount()));
            }
            blocks.add(Paragraph.lead(text.apply("meeting.resolutionKind." + r.kind()) + "：", decision));
        }
        return blocks;
    }

    private Table table(List<FollowUpRowView> table) {
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpRowView r : table) {
            rows.add(List.of(r.meetingDate() == null ? "" : RocDates.formatShort(r.meetingDate()),
                    r.content() + (r.unitLabel() == null ? "" : "(" + r.unitLabel() + ")"),
                    r.progress() == null ? "" : r.progress(), r.note() == null ? "" : r.note(),
                    r.closed() == null ? "" : text.apply(r.closed() ? "app.yes" : "app.no")));
        }
        return new Table(null, List.of("date", "content", "progress", "note", "closed").stream()
                .map(k -> text.apply("meeting.doc.table." + k)).toList(), rows);
    }

    private Block picture(AttachmentView a) {
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

    /** The points as the document numbers them from {@code level}; a deeper line is a sub-point of the one above. */
    static PointList points(List<PointView> points, int level) {
        int[] next = {0};
        return new PointList(level, children(points, 0, next));
    }

    private static List<PointList.Point> children(List<PointView> points, int depth, int[] next) {
        List<PointList.Point> result = new ArrayList<>();
        while (next[0] < points.size()) {
            PointView p = points.get(next[0]);
            if (p.depth() < depth) {
                break;
            }
            next[0]++;
            List<PointList.Point> sub = children(points, Math.max(p.depth(), depth) + 1, next);
            result.add(new PointList.Point(p.text(), sub));
        }
        return result;
    }
}
