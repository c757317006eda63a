package tw.mainstream.meeting;


/**
 * An agenda item with everything the minutes print for it; {@code label} is generated (一、 / 報告案 2、3 / 臨時動議一).
 * {@code trackedItemId} is set on a follow-up entry generated from a tracked item.
 */
public record ItemView(Long id, AgendaItemKind kind, int position, String label, String subject, String unitLabel, Long unitId, int coveredCount, String groupLabel, java.util.List<PointView> explanation, String explanationText, java.util.List<FollowUpRowView> table, java.util.List<AttachmentView> attachments, java.util.List<RemarkView> remarks, java.util.List<ResolutionView> resolutions, Long originResolutionId, Long trackedItemId, long version) {
}
