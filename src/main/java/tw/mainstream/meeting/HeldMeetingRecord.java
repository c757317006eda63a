package tw.mainstream.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting that was held, with its minutes, as another module hands it over (e.g. past minutes read
 * from a file): {@link MeetingApi#recordHeldMeeting} enters it through the same steps as the pages,
 * without assembling an agenda from what is pending, and confirms the minutes.
 *
 * @param sequence   the number within the ROC year as printed (第 1 次); the next free number if null or taken
 * @param unitId     on items, resolutions and rows: a unit of the meeting's agency, or null
 * @param publish    publish the (masked) minutes after confirming them
 */
public record HeldMeetingRecord(Long taskForceId, MeetingStyle style, Integer sequence, LocalDate date,
                                LocalTime startTime, LocalTime endTime, String place, String placeDetail,
                                String chairName, String recorder, Attendees attendance, String openingRemarks,
                                String chairConclusion, LocalTime adjournedAt, List<Item> items, boolean publish) {

    public HeldMeetingRecord {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Who attended as the minutes list them (names as printed; members of the roster are matched by
     * name), or only a note such as 「詳如簽到表」.
     */
    public record Attendees(List<String> present, List<String> excused, List<String> observers, String note) {
        public Attendees {
            present = present == null ? List.of() : List.copyOf(present);
            excused = excused == null ? List.of() : List.copyOf(excused);
            observers = observers == null ? List.of() : List.copyOf(observers);
        }
    }

    public record Item(AgendaItemKind kind, String subject, String explanation, Long unitId, String unitLabel,
                       List<Remark> remarks, List<Resolution> resolutions, List<Row> rows) {
        public Item {
            remarks = remarks == null ? List.of() : List.copyOf(remarks);
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    public record Remark(SpeakerKind speakerKind, String speaker, String text) {
    }

    public record Resolution(ResolutionKind kind, ResolutionOutcome outcome, String text, Long leadUnitId) {
    }

    /** A row of a follow-up table (列管事項執行情形): {@code closed} null where the table leaves it blank. */
    public record Row(LocalDate meetingDate, String content, String unitLabel, String progress, String note,
                      Boolean closed) {
    }
}
