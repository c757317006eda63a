package tw.mainstream.importing.draft;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.mainstream.shared.time.RocDates;

/**
 * Checks a draft field by field. Saving the draft needs well-formed values (dates, times, choices,
 * lengths the meeting keeps); saving it as a meeting needs in addition what a meeting cannot do
 * without (title, date, item titles, resolution text) and units that are units of the agency.
 */
public final class DraftValidator {
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})\\s*[:：]\\s*(\\d{2})$");
    private static final Set<String> KINDS = Set.of("FOLLOW_UP", "REPORT", "SPECIAL_REPORT", "DISCUSSION", "EXTEMPORE");
    private static final Set<String> LABELS = Set.of("RESOLUTION", "DECISION", "RULING", "CONCLUSION");
    private static final Set<String> OUTCOMES = Set.of("NOTED", "ADOPTED", "AMENDED", "CLOSED", "CONTINUED", "OTHER");
    private static final Set<String> LAYOUTS = Set.of("SECTIONS", "CASES");
    private static final Set<String> CLOSED = Set.of("是", "否");

    /** A message for one field: key in the importing bundle and its arguments. */
    public record Problem(String key, Object... args) {
    }

    private final AgencyUnits units;
    private final boolean forMeeting;
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    private DraftValidator(AgencyUnits units, boolean forMeeting) {
        this.units = units;
        this.forMeeting = forMeeting;
    }

    public static Map<String, Problem> forDraft(DraftContent c, AgencyUnits units) {
        return new DraftValidator(units, false).check(c);
    }

    public static Map<String, Problem> forMeeting(DraftContent c, AgencyUnits units) {
        return new DraftValidator(units, true).check(c);
    }

    /** The kind and title of an item the secretariat adds (form fields newItemKind, newItemTitle). */
    public static Map<String, Problem> forNewItem(String kind, String title) {
        DraftValidator v = new DraftValidator(null, true);
        v.choice("newItemKind", kind, KINDS, true);
        v.text("newItemTitle", title, 1000, true);
        return v.problems;
    }

    private Map<String, Problem> check(DraftContent c) {
        text("title", c.title, 300, true);
        date("date", c.date, true);
        Optional<LocalTime> start = time("startTime", c.startTime);
        Optional<LocalTime> end = time("endTime", c.endTime);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.put("endTime", new Problem("importing.error.endBeforeStart"));
        }
        text("place", c.place, 300, false);
        text("placeDetail", c.placeDetail, 300, false);
        text("chair", c.chair, 100, false);
        text("recorder", c.recorder, 100, false);
        if (!blank(c.sequence) && !c.sequence.strip().matches("^[1-9]\\d{0,2}$")) {
            problems.put("sequence", new Problem("importing.error.sequence"));
        }
        choice("layout", c.layout, LAYOUTS, true);
        text("openingRemarks", c.openingRemarks, 4000, false);
        text("chairConclusion", c.chairConclusion, 4000, false);
        text("attendance.note", c.attendance.note, 300, false);
        names("attendance.present", c.attendance.present);
        names("attendance.excused", c.attendance.excused);
        names("attendance.observers", c.attendance.observers);
        for (int i = 0; i < c.items.size(); i++) {
            item("items[" + i + "].", c.items.get(i));
        }
        return problems;
    }

    private void item(String p, DraftContent.Item item) {
        choice(p + "kind", item.kind, KINDS, true);
        text(p + "title", item.title, 1000, true);
        text(p + "explanation", item.explanation, 8000, false);
        unit(p + "unit", item.unit);
        for (int r = 0; r < item.remarks.size(); r++) {
            DraftContent.Remark remark = item.remarks.get(r);
            String q = p + "remarks[" + r + "].";
            text(q + "speaker", remark.speaker, 100, false);
            text(q + "text", remark.text, 8000, forMeeting);
        }
        for (int r = 0; r < item.resolutions.size(); r++) {
            DraftContent.Resolution res = item.resolutions.get(r);
            String q = p + "resolutions[" + r + "].";
            choice(q + "label", res.label, LABELS, true);
            choice(q + "outcome", res.outcome, OUTCOMES, false);
            text(q + "text", res.text, 4000, false);
            if (forMeeting && blank(res.text) && (blank(res.outcome) || "OTHER".equals(res.outcome))) {
                problems.putIfAbsent(q + "text", new Problem("importing.error.resolutionEmpty"));
            }
            unit(q + "leadUnit", res.leadUnit);
        }
        for (int r = 0; r < item.rows.size(); r++) {
            DraftContent.Row row = item.rows.get(r);
            String q = p + "rows[" + r + "].";
            date(q + "date", row.date, false);
            text(q + "content", row.content, 2000, forMeeting);
            unit(q + "unit", row.unit);
            text(q + "progress", row.progress, 4000, false);
            text(q + "note", row.note, 2000, false);
            choice(q + "closed", row.closed, CLOSED, false);
        }
    }

    private void text(String path, String value, int max, boolean required) {
        if (blank(value)) {
            if (required && forMeeting) {
                problems.put(path, new Problem("importing.error.required"));
            }
        } else if (value.strip().length() > max) {
            problems.put(path, new Problem("importing.error.tooLong", max));
        }
    }

    private void date(String path, String value, boolean required) {
        if (blank(value)) {
            if (required && forMeeting) {
                problems.put(path, new Problem("importing.error.required"));
            }
        } else if (RocDates.parse(value).isEmpty()) {
            problems.put(path, new Problem("importing.error.date"));
        }
    }

    private Optional<LocalTime> time(String path, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        Optional<LocalTime> t = parseTime(value);
        if (t.isEmpty()) {
            problems.put(path, new Problem("importing.error.time"));
        }
        return t;
    }

    private void choice(String path, String value, Set<String> allowed, boolean required) {
        if (blank(value) ? required : !allowed.contains(value)) {
            problems.put(path, new Problem("importing.error.choice"));
        }
    }

    private void names(String path, String value) {
        if (!blank(value) && value.lines().anyMatch(l -> l.strip().length() > 100)) {
            problems.put(path, new Problem("importing.error.nameTooLong", 100));
        }
    }

    private void unit(String path, String value) {
        if (blank(value)) {
            return;
        }
        if (value.strip().length() > 200) {
            problems.put(path, new Problem("importing.error.tooLong", 200));
        } else if (forMeeting && !units.knows(value)) {
            problems.put(path, new Problem("importing.error.unit", value.strip()));
        }
    }

    public static Optional<LocalTime> parseTime(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
