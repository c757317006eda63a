package tw.mainstream.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.AttachmentView;
import tw.mainstream.meeting.FollowUpRowView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.PointView;
import tw.mainstream.meeting.RemarkView;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.shared.i18n.MessageSourceConfig;
import tw.mainstream.shared.text.NameMasking;

/** Reads a meeting's items with their remarks, resolutions, tables and files, and labels them. */
@Component
class AgendaItemQueries {

    private final AgendaItemRepository items;
    private final RemarkRepository remarks;
    private final ResolutionRepository resolutions;
    private final FollowUpRowRepository rows;
    private final AttachmentRepository attachments;
    private final MessageSource messages;

    AgendaItemQueries(AgendaItemRepository items, RemarkRepository remarks, ResolutionRepository resolutions,
              FollowUpRowRepository rows, AttachmentRepository attachments, MessageSource messages) {
        this.items = items;
        this.remarks = remarks;
        this.resolutions = resolutions;
        this.rows = rows;
        this.attachments = attachments;
        this.messages = messages;
    }

    /** Every item of the meeting in agenda order, labelled for the meeting's layout. */
    List<ItemView> of(Meeting m, Masker masker) {
        List<AgendaItem> list = items.inAgendaOrder(m.getId());
        List<Long> ids = list.stream().map(AgendaItem::getId).toList();
        Map<Long, List<Remark>> remarksBy = remarks.findByAgendaItemIdInOrderByPositionAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(Remark::getAgendaItemId));
        Map<Long, List<Resolution>> resolutionsBy = resolutions.findByAgendaItemIdInOrderByPositionAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(Resolution::getAgendaItemId));
        Map<Long, List<FollowUpRow>> rowsBy = rows.findByAgendaItemIdInOrderByPositionAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(FollowUpRow::getAgendaItemId));
        Map<Long, List<Attachment>> filesBy = attachments.findByAgendaItemIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(Attachment::getAgendaItemId));
        remarksBy.values().forEach(rs -> rs.forEach(r -> {
            masker.name(r.getSpeakerName(), category(r.getSpeakerKind()));
            masker.title(r.getSpeakerTitle());
        }));
        boolean cases = m.getStyle() == MeetingStyle.CASES;
        int remarkLevel = cases ? 4 : 1;
        int[] counters = new int[AgendaItemKind.values().length];
        int reportCase = 0;
        List<ItemView> result = new ArrayList<>();
        for (AgendaItem i : list) {
            String label;
            if (cases) {
                boolean report = i.getKind() == AgendaItemKind.FOLLOW_UP || i.getKind() == AgendaItemKind.REPORT
                        || i.getKind() == AgendaItemKind.SPECIAL_REPORT;
                if (report) {
                    label = caseLabel("meeting.doc.reportCase", reportCase + 1, i.getCoveredCount());
                    reportCase += i.getCoveredCount();
                } else if (i.getKind() == AgendaItemKind.EXTEMPORE) {
                    label = text("meeting.doc.extemporeCase", Numbering.lower(++counters[i.getKind().ordinal()])) + "、";
                } else {
                    int n = counters[i.getKind().ordinal()] + 1;
                    counters[i.getKind().ordinal()] += i.getCoveredCount();
                    label = caseLabel("meeting.doc.discussionCase", n, i.getCoveredCount());
                }
            } else {
                int section = i.getKind() == AgendaItemKind.SPECIAL_REPORT ? AgendaItemKind.REPORT.ordinal() : i.getKind().ordinal();
                label = Numbering.label(1, ++counters[section]);
            }
            if (i.getGroupLabel() != null) {
                label = i.getGroupLabel() + " ";
            }
            List<Attachment> files = filesBy.getOrDefault(i.getId(), List.of());
            String subject = masker.text(i.getSubject());
            result.add(new ItemView(i.getId(), i.getKind(), i.getPosition(), label, subject,
                    masker.text(i.getUnitLabel()), i.getUnitId(), i.getCoveredCount(), i.getGroupLabel(),
                    points(masker.text(i.getExplanation()), 2), masker.text(i.getExplanation()),
                    rowsBy.getOrDefault(i.getId(), List.of()).stream().map(r -> row(r, files, masker)).toList(),
                    files.stream().filter(f -> f.getFollowUpRowId() == null).map(f -> file(f, masker)).toList(),
                    remarksBy.getOrDefault(i.getId(), List.of()).stream().map(r -> remark(r, masker, remarkLevel)).toList(),
                    resolutionsBy.getOrDefault(i.getId(), List.of()).stream()
                            .map(r -> resolution(r, m.getId(), subject, masker)).toList(),
                    i.getOriginResolutionId(), i.getTrackedItemId(), i.getVersion()));
        }
        return result;
    }

    private String caseLabel(String key, int first, int count) {
        StringBuilder numbers = new StringBuilder(String.valueOf(first));
        for (int k = 1; k < count; k++) {
            numbers.append('、').append(first + k);
        }
        return text(key, numbers.toString()) + (count == 1 ? "、" : " ");
    }

    static NameCategory category(SpeakerKind kind) {
        return kind == SpeakerKind.OTHER ? NameCategory.PRIVATE : NameCategory.MEMBER_OFFICIAL;
    }

    private RemarkView remark(Remark r, Masker masker, int level) {
        String name = masker.name(r.getSpeakerName(), category(r.getSpeakerKind()));
        String speaker = switch (r.getSpeakerKind()) {
            case MEMBER -> name == null ? text("meeting.doc.memberOpinion")
                    : NameMasking.withTitle(name, r.getSpeakerTitle() == null ? text("meeting.doc.memberTitle") : r.getSpeakerTitle());
            case CHAIR -> text("meeting.doc.chair");
            case UNIT, OFFICE -> r.getSpeakerRole() != null ? masker.text(r.getSpeakerRole()) : name;
            case OTHER -> name != null ? NameMasking.withTitle(name, r.getSpeakerTitle()) : masker.text(r.getSpeakerRole());
        };
        String role = masker.text(r.getSpeakerRole());
        if (role != null && r.getSpeakerKind() == SpeakerKind.MEMBER && name != null) {
            speaker = speaker + "（" + role + "）";
        }
        speaker = masker.text(speaker);
        String body = masker.text(r.getText());
        return new RemarkView(r.getId(), r.getSpeakerKind(), name, r.getSpeakerTitle(), role, speaker,
                points(body, level), body, r.getVersion());
    }

    private static ResolutionView resolution(Resolution r, Long meetingId, String subject, Masker masker) {
        return new ResolutionView(r.getId(), meetingId, r.getAgendaItemId(), subject, r.getKind(), r.getOutcome(),
                masker.text(r.getText()), r.isQuorumMet(), r.getPresentCount(), r.getRequiredCount(), r.getLeadUnitId(),
                r.isReportNextMeeting(), r.getVersion());
    }

    private static FollowUpRowView row(FollowUpRow r, List<Attachment> files, Masker masker) {
        return new FollowUpRowView(r.getId(), r.getMeetingDate(), masker.text(r.getContent()), masker.text(r.getUnitLabel()),
                masker.text(r.getProgress()), masker.text(r.getNote()), r.getClosed(),
                files.stream().filter(f -> r.getId().equals(f.getFollowUpRowId())).map(f -> file(f, masker)).toList(),
                r.getTrackedItemId(), r.getVersion());
    }

    /** A file as the minutes show it; in the public version names in its file name and caption are masked. */
    private static AttachmentView file(Attachment a, Masker masker) {
        return new AttachmentView(a.getId(), masker.text(a.getFileName()), a.getContentType(), a.getSizeBytes(),
                masker.text(a.getCaption()), a.isImage());
    }

    static List<PointView> points(String text, int level) {
        return Points.number(text, level).stream().map(p -> new PointView(p.depth(), p.label(), p.text())).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, MessageSourceConfig.DEFAULT_LOCALE);
    }
}
