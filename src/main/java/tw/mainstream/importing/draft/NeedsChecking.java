package tw.mainstream.importing.draft;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tw.mainstream.shared.time.RocDates;

/**
 * The fields of a draft a person should check, by field path: what the importer was not sure of (an
 * ambiguous outcome, a weekday that contradicts the date, a guessed 上午/下午, a label it did not know),
 * what it did not find (title, date, times, place, chair, recorder, an item's title, a resolution's
 * outcome), and names of units that are not units of the agency (so no tracked item could be opened
 * for them). A 繼續列管 resolution naming no unit is marked too: it cannot be tracked as it stands.
 */
public final class NeedsChecking {
    private static final Set<String> HEADER = Set.of("title", "date", "startTime", "endTime", "place", "chair",
            "recorder", "sequence");

    private NeedsChecking() {
    }

    public static Set<String> of(DraftContent c, Collection<String> importerUncertain, AgencyUnits units) {
        Map<String, String> fields = c.fields();
        Set<String> marks = new LinkedHashSet<>();
        importerUncertain.stream().filter(fields::containsKey).forEach(marks::add);
        for (String h : HEADER) {
            if (blank(fields.get(h))) {
                marks.add(h);
            }
        }
        if (!blank(c.date) && RocDates.parse(c.date).isEmpty()) {
            marks.add("date");
        }
        for (int i = 0; i < c.items.size(); i++) {
            DraftContent.Item item = c.items.get(i);
            String p = "items[" + i + "].";
            if (blank(item.title)) {
                marks.add(p + "title");
            }
            if (!blank(item.unit) && !units.knows(item.unit)) {
                marks.add(p + "unit");
            }
            for (int r = 0; r < item.resolutions.size(); r++) {
                DraftContent.Resolution res = item.resolutions.get(r);
                String q = p + "resolutions[" + r + "].";
                if (blank(res.outcome)) {
                    marks.add(q + "outcome");
                }
                if (blank(res.text) && blank(res.outcome)) {
                    marks.add(q + "text");
                }
                if (!blank(res.leadUnit) && !units.knows(res.leadUnit)) {
                    marks.add(q + "leadUnit");
                } else if (blank(res.leadUnit) && "CONTINUED".equals(res.outcome) && !units.knows(item.unit)) {
                    marks.add(q + "leadUnit");
                }
            }
            for (int r = 0; r < item.rows.size(); r++) {
                DraftContent.Row row = item.rows.get(r);
                String q = p + "rows[" + r + "].";
                if (!"是".equals(row.closed) && !units.knows(row.unit)) {
                    marks.add(q + "unit");
                }
                if (!blank(row.date) && RocDates.parse(row.date).isEmpty()) {
                    marks.add(q + "date");
                }
            }
        }
        return marks;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
