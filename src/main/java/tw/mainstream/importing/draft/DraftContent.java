package tw.mainstream.importing.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of imported minutes as the review form edits it and the draft stores it (JSON): every
 * value a string as the user sees it (dates in the ROC calendar, 111/7/25; times 14:30), parsed when the
 * draft becomes a meeting. Field paths ({@code items[0].resolutions[1].outcome}) are the form's names.
 */
public class DraftContent {
    public String title;
    /** ROC date, e.g. 111/7/25. */
    public String date;
    public String startTime;
    public String endTime;
    public String place;
    public String placeDetail;
    public String chair;
    public String recorder;
    /** 第 n 次 within the ROC year, as printed. */
    public String sequence;
    /** SECTIONS (壹、宣布開會 …) or CASES (報告案 n). */
    public String layout;
    public String openingRemarks;
    public String chairConclusion;
    public Attendees attendance = new Attendees();
    public List<Item> items = new ArrayList<>();

    public static class Attendees {
        /** One name a line. */
        public String present;
        public String excused;
        public String observers;
        public String note;
    }

    public static class Item {
        /** AgendaItemKind of the meeting module. */
        public String kind;
        /** The number as printed, for orientation only. */
        public String label;
        public String title;
        public String explanation;
        /** Reporting unit, by name. */
        public String unit;
        public List<Remark> remarks = new ArrayList<>();
        public List<Resolution> resolutions = new ArrayList<>();
        public List<Row> rows = new ArrayList<>();
    }

    public static class Remark {
        public String speaker;
        public String text;
    }

    public static class Resolution {
        /** ResolutionKind of the meeting module: 決議, 決定, 主席裁示, 主席結論. */
        public String label;
        public String text;
        /** ResolutionOutcome of the meeting module, blank when the text states none. */
        public String outcome;
        public String leadUnit;
    }

    /** A row of a follow-up table. */
    public static class Row {
        public String date;
        public String content;
        public String unit;
        public String progress;
        public String note;
        /** 是, 否 or blank. */
        public String closed;
    }

    /** Every value by its field path, for comparing two versions and for the marks. */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("date", date);
        f.put("startTime", startTime);
        f.put("endTime", endTime);
        f.put("place", place);
        f.put("placeDetail", placeDetail);
        f.put("chair", chair);
        f.put("recorder", recorder);
        f.put("sequence", sequence);
        f.put("layout", layout);
        f.put("openingRemarks", openingRemarks);
        f.put("chairConclusion", chairConclusion);
        f.put("attendance.present", attendance.present);
        f.put("attendance.excused", attendance.excused);
        f.put("attendance.observers", attendance.observers);
        f.put("attendance.note", attendance.note);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String p = "items[" + i + "].";
            f.put(p + "kind", item.kind);
            f.put(p + "title", item.title);
            f.put(p + "explanation", item.explanation);
            f.put(p + "unit", item.unit);
            for (int r = 0; r < item.remarks.size(); r++) {
                f.put(p + "remarks[" + r + "].speaker", item.remarks.get(r).speaker);
                f.put(p + "remarks[" + r + "].text", item.remarks.get(r).text);
            }
            for (int r = 0; r < item.resolutions.size(); r++) {
                Resolution res = item.resolutions.get(r);
                String q = p + "resolutions[" + r + "].";
                f.put(q + "label", res.label);
                f.put(q + "text", res.text);
                f.put(q + "outcome", res.outcome);
                f.put(q + "leadUnit", res.leadUnit);
            }
            for (int r = 0; r < item.rows.size(); r++) {
                Row row = item.rows.get(r);
                String q = p + "rows[" + r + "].";
                f.put(q + "date", row.date);
                f.put(q + "content", row.content);
                f.put(q + "unit", row.unit);
                f.put(q + "progress", row.progress);
                f.put(q + "note", row.note);
                f.put(q + "closed", row.closed);
            }
        }
        return f;
    }
}
