package tw.mainstream.meeting.domain;


/** A header field of the minutes or the notice (時間, 地點, 主席 …). */
public record HeaderLine(String label, String value) {
}
