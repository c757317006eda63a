package tw.mainstream.importing;

import java.util.List;

/**
 * Who attended, as the minutes list them. Names keep their printed titles (吳 O 光委員); notes in
 * parentheses (affiliations) are dropped.
 *
 * @param note free text given instead of a list, e.g. 詳如簽到表; null if none
 */
public record Attendance(List<String> present, List<String> excused, List<Proxy> proxies,
                         List<String> observers, List<String> absent, String note) {
    public Attendance {
        present = List.copyOf(present);
        excused = List.copyOf(excused);
        proxies = List.copyOf(proxies);
        observers = List.copyOf(observers);
        absent = List.copyOf(absent);
    }

    public static Attendance empty() {
        return new Attendance(List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
