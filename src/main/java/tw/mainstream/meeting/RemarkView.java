package tw.mainstream.meeting;


/** A remark with its speaker as printed (吳委員嘉麗 / 國際及執法事務組代表 / 委員意見). */
public record RemarkView(Long id, SpeakerKind kind, String speakerName, String speakerTitle, String speakerRole, String speaker, java.util.List<PointView> points, String text, long version) {
}
