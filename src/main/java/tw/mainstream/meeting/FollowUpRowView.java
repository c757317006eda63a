package tw.mainstream.meeting;

import java.time.LocalDate;

/** A row of a follow-up table (會議日期 | 內容說明或裁(指)示事項 | 執行情形 | 備註 | 是否解列). */
public record FollowUpRowView(Long id, LocalDate meetingDate, String content, String unitLabel, String progress, String note, Boolean closed, java.util.List<AttachmentView> images, Long trackedItemId, long version) {
}
