package tw.mainstream.tracking.domain;

import java.time.LocalDate;

/**
 * Where an item came from: a meeting's agenda item and resolution (ids into the meeting module,
 * nullable) and a text snapshot, e.g. 「104/10/12 會議」 or 「行政院性別平等會第 N 次委員會議決議」.
 */
public record Origin(Long meetingId, Long agendaItemId, Long resolutionId, String label, LocalDate date) {
    public static Origin external(String label, LocalDate date) {
        return new Origin(null, null, null, label, date);
    }
}
