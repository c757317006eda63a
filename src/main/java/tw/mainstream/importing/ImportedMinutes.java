package tw.mainstream.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Minutes of one meeting as read from a legacy document. Every field is null (or empty) where the text
 * does not say; {@code uncertainFields} lists the field paths (e.g. {@code date},
 * {@code items[1].resolutions[0].outcome}) the parser had to guess, for a human to check.
 *
 * @param agency   the agency or body holding the meeting (內政部移民署)
 * @param year     ROC year of the meeting series from the title (111 年…第 1 次會議 → 111)
 * @param sequence number of the meeting within the year (→ 1)
 */
public record ImportedMinutes(String title, String agency, Integer year, Integer sequence, LocalDate date,
                              LocalTime startTime, LocalTime endTime, String place, String chair, String recorder,
                              Attendance attendance, String openingRemarks, List<ImportedItem> items,
                              String chairConclusion, List<String> uncertainFields) {
    public ImportedMinutes {
        items = List.copyOf(items);
        uncertainFields = List.copyOf(uncertainFields);
    }
}
