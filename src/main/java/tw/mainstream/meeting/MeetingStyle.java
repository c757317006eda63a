package tw.mainstream.meeting;

/** How the minutes are laid out: NIA style (壹、宣布開會 … sections) or Taipei style (header fields numbered, items as 報告案 n). */
public enum MeetingStyle {
    SECTIONS, CASES;
}
