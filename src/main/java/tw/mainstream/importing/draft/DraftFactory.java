package tw.mainstream.importing.draft;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ImportedMinutes;
import tw.mainstream.importing.ImportedResolution;
import tw.mainstream.importing.Proxy;
import tw.mainstream.importing.Remark;
import tw.mainstream.shared.time.RocDates;

/**
 * Turns minutes as the importer read them into the editable draft, in the meeting module's terms
 * (item kinds, resolution kinds and outcomes), and says which fields the importer was not sure of —
 * its own uncertain fields plus what this translation had to guess.
 */
public final class DraftFactory {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TRAILING_PAREN = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*$");
    private static final Pattern CASES_LABEL = Pattern.compile("^(報告案|討論案|提案|臨時動議)");
    private static final Pattern NOTHING = Pattern.compile("^無[。.]?$");
    private static final Map<String, String> KINDS = Map.of("決議", "RESOLUTION", "決定", "DECISION",
            "主席裁示", "RULING", "裁示", "RULING", "主席指示", "RULING", "指示", "RULING", "主席結論", "CONCLUSION",
            "結論", "CONCLUSION");

    private DraftFactory() {
    }

    /** The draft and the field paths to check. */
    public record Result(DraftContent content, List<String> uncertain) {
    }

    public static Result from(ImportedMinutes m) {
        DraftContent c = new DraftContent();
        List<String> uncertain = new ArrayList<>();
        c.title = m.title();
        c.date = m.date() == null ? null : RocDates.formatShort(m.date());
        c.startTime = time(m.startTime());
        c.endTime = time(m.endTime());
        Matcher place = m.place() == null ? null : TRAILING_PAREN.matcher(m.place());
        if (place != null && place.matches() && !place.group(1).isBlank()) {
            c.place = place.group(1);
            c.placeDetail = place.group(2).strip();
        } else {
            c.place = m.place();
        }
        c.chair = m.chair();
        c.recorder = m.recorder();
        c.sequence = m.sequence() == null ? null : String.valueOf(m.sequence());
        c.openingRemarks = m.openingRemarks() == null || m.openingRemarks().matches("^[(（]略[)）]$")
                ? null : m.openingRemarks();
        c.chairConclusion = m.chairConclusion();
        List<String> present = new ArrayList<>(m.attendance().present());
        for (Proxy p : m.attendance().proxies()) {
            present.add(p.member() + "（" + p.proxy() + "代）");
        }
        c.attendance.present = lines(present);
        c.attendance.excused = lines(m.attendance().excused());
        c.attendance.observers = lines(m.attendance().observers());
        c.attendance.note = m.attendance().note();

        List<Integer> newIndex = new ArrayList<>();
        boolean cases = false;
        for (ImportedItem item : m.items()) {
            if (isEmptyNone(item)) {
                newIndex.add(null);
                continue;
            }
            int index = c.items.size();
            newIndex.add(index);
            c.items.add(item(item, index, uncertain));
            cases |= item.label() != null && CASES_LABEL.matcher(item.label()).find();
        }
        c.layout = cases ? "CASES" : "SECTIONS";
        List<String> parser = new ArrayList<>();
        for (String path : m.uncertainFields()) {
            parser.add(renumber(path, newIndex));
        }
        parser.addAll(uncertain);
        Map<String, String> known = c.fields();
        return new Result(c, parser.stream().filter(p -> p != null && known.containsKey(p)).distinct().toList());
    }

    private static DraftContent.Item item(ImportedItem item, int index, List<String> uncertain) {
        DraftContent.Item d = new DraftContent.Item();
        d.kind = switch (item.kind()) {
            case FOLLOW_UP -> "FOLLOW_UP";
            case REPORT -> "REPORT";
            case DISCUSSION -> "DISCUSSION";
            case EXTEMPORE -> "EXTEMPORE";
            case SPECIAL_REPORT -> "SPECIAL_REPORT";
            case OTHER -> null;
        };
        String p = "items[" + index + "].";
        if (d.kind == null) {
            d.kind = "REPORT";
            uncertain.add(p + "kind");
        }
        d.label = item.label();
        d.title = item.title();
        d.explanation = item.explanation();
        d.unit = item.reportingUnit();
        for (Remark r : item.remarks()) {
            DraftContent.Remark remark = new DraftContent.Remark();
            remark.speaker = r.speaker();
            remark.text = r.text();
            d.remarks.add(remark);
        }
        for (int r = 0; r < item.resolutions().size(); r++) {
            ImportedResolution res = item.resolutions().get(r);
            DraftContent.Resolution dr = new DraftContent.Resolution();
            dr.label = res.label() == null ? null : KINDS.get(res.label().replaceAll("\\s", ""));
            if (dr.label == null) {
                dr.label = "RESOLUTION";
                uncertain.add(p + "resolutions[" + r + "].label");
            }
            dr.text = res.text();
            dr.outcome = res.outcome() == null ? null : res.outcome().name();
            dr.leadUnit = res.leadUnit();
            d.resolutions.add(dr);
        }
        rows(item, d);
        return d;
    }

    /** The follow-up table's columns are found by their headings (會議日期, 內容, 執行情形, 備註, 是否解列). */
    private static void rows(ImportedItem item, DraftContent.Item d) {
        List<String> header = item.tableHeader();
        int date = column(header, "日期");
        int content = column(header, "內容", "事項", "決議", "案由");
        int progress = column(header, "執行", "辦理");
        int note = column(header, "備註");
        int closed = column(header, "解列", "解除");
        for (List<String> cells : item.tableRows()) {
            DraftContent.Row row = new DraftContent.Row();
            row.date = cell(cells, date);
            row.content = cell(cells, content);
            row.progress = cell(cells, progress);
            row.note = cell(cells, note);
            String flag = cell(cells, closed);
            row.closed = flag == null ? null : flag.matches("^(是|Y|y|解列|解除列管|V|v|✓)$") ? "是"
                    : flag.matches("^(否|N|n|繼續列管|續列管|賡續列管)$") ? "否" : null;
            Matcher unit = row.content == null ? null : TRAILING_PAREN.matcher(row.content);
            if (unit != null && unit.matches()) {
                row.content = unit.group(1);
                row.unit = unit.group(2).strip();
            }
            if (row.content != null && !row.content.isBlank()) {
                d.rows.add(row);
            }
        }
    }

    private static int column(List<String> header, String... words) {
        for (int i = 0; i < header.size(); i++) {
            for (String w : words) {
                if (header.get(i).contains(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int i) {
        if (i < 0 || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** 「臨時動議：無」 is no item. */
    private static boolean isEmptyNone(ImportedItem item) {
        return item.title() != null && NOTHING.matcher(item.title()).matches() && item.resolutions().isEmpty()
                && item.remarks().isEmpty() && item.explanation() == null && item.tableRows().isEmpty();
    }

    private static String renumber(String path, List<Integer> newIndex) {
        Matcher m = Pattern.compile("^items\\[(\\d+)](.*)$").matcher(path);
        if (!m.matches()) {
            return path;
        }
        int old = Integer.parseInt(m.group(1));
        Integer now = old < newIndex.size() ? newIndex.get(old) : null;
        return now == null ? null : "items[" + now + "]" + m.group(2);
    }

    private static String time(LocalTime t) {
        return t == null ? null : TIME.format(t);
    }

    private static String lines(List<String> names) {
        return names.isEmpty() ? null : String.join("\n", names);
    }
}
