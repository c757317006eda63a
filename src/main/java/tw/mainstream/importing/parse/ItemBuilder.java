package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ImportedResolution;
import tw.mainstream.importing.ItemKind;
import tw.mainstream.importing.Remark;

/** Collects the lines of one agenda item: explanation, remarks, resolutions and table rows. */
final class ItemBuilder {
    private static final Pattern REPORTING_UNIT = Pattern.compile("[:：]?\\s*[(（]\\s*報告單位\\s*[:：]\\s*([^()（）]+?)\\s*[)）]");
    private static final Pattern SPECIAL_PREFIX = Pattern.compile("^專題報告\\s*[:：]\\s*(?=\\S)");
    private static final Pattern TRAILING = Pattern.compile("[\\s。：:；;，,]+$");

    /** A resolution that starts a list, (一)工作報告，准予備查。: the next points belong to it. */
    private static final Pattern ENUMERATED = Pattern.compile("^(?:[(（]\\s*[一1]\\s*[)）]|[一1]\\s*[、.．])");

    /** A case number before the title, after the item's own number: 1. 第1案：… */
    private static final Pattern CASE_PREFIX = Pattern.compile(
            "^第\\s*(?:[一二三四五六七八九十]{1,3}|\\d{1,3})\\s*案\\s*[:：、.．]\\s*(?=\\S)");
    /** A paragraph after a decision that goes on with it: a whole sentence, not a caption (附件1). */
    private static final int CONTINUED_DECISION = 20;

    /** RESOLVED: a decision was read; a further paragraph of whole sentences continues it. */
    enum State { BODY, EXPLANATION, REMARK, RESOLUTION_OPEN, RESOLVED }

    private ItemKind kind;
    private final String label;
    private final int number;
    private String title;
    private String reportingUnit;
    private final List<String> explanation = new ArrayList<>();
    private final List<String[]> remarks = new ArrayList<>();
    private final List<String[]> resolutions = new ArrayList<>();
    private List<String> tableHeader = List.of();
    private final List<List<String>> tableRows = new ArrayList<>();
    private State state = State.BODY;
    private boolean resolutionBulleted;
    private boolean numberedLines;
    private String lastFieldLabel;

    ItemBuilder(ItemKind kind, Marker marker, String title) {
        this.kind = kind;
        this.label = marker == null ? null : marker.printed();
        this.number = marker == null ? 0 : marker.number();
        setTitle(title);
    }

    private void setTitle(String raw) {
        if (raw == null || raw.isBlank()) {
            this.title = null;
            return;
        }
        String t = raw.strip().replaceFirst("^[:：、.．]\\s*", "").replaceFirst("^案由\\s*(?:第?\\s*(?:[一二三四五六七八九十]{1,3}|\\d{1,2})\\s*案?)?\\s*[:：]\\s*", "");
        boolean special = SPECIAL_PREFIX.matcher(t).find();
        t = SPECIAL_PREFIX.matcher(t).replaceFirst("");
        t = CASE_PREFIX.matcher(t).replaceFirst("");
        Matcher unit = REPORTING_UNIT.matcher(t);
        if (unit.find()) {
            reportingUnit = unit.group(1);
            t = t.substring(0, unit.start()) + t.substring(unit.end());
        }
        t = TRAILING.matcher(t).replaceAll("");
        this.title = t.isEmpty() ? null : t;
        if (SectionKind.FOLLOW_UP_TITLE.matcher(t).find()) {
            kind = ItemKind.FOLLOW_UP;
        } else if (special || t.contains("專題報告")) {
            kind = ItemKind.SPECIAL_REPORT;
        }
    }

    /** Whether a numbered line was read into this item (a list of its own). */
    boolean hasNumberedLines() {
        return numberedLines;
    }

    /** The label of the last field line read (說明, 案由), or null. */
    String lastFieldLabel() {
        return lastFieldLabel;
    }

    String title() {
        return title;
    }

    List<String> explanationLines() {
        return explanation;
    }

    int number() {
        return number;
    }

    State state() {
        return state;
    }

    boolean hasResolution() {
        return !resolutions.isEmpty();
    }

    void accept(Line line) {
        numberedLines |= line.marked();
        switch (line.kind()) {
            case TABLE_ROW -> {
                state = state == State.RESOLVED ? State.BODY : state;
                List<String> cells = new ArrayList<>(
                        Arrays.stream(line.text().split("\t", -1)).map(String::strip).toList());
                if (tableHeader.isEmpty() && tableRows.isEmpty()) {
                    tableHeader = cells;
                } else {
                    // trailing empty cells were trimmed with the line
                    while (cells.size() < tableHeader.size()) {
                        cells.add("");
                    }
                    tableRows.add(cells);
                }
            }
            case FIELD -> field(line);
            case REMARKS_HEADING -> {
                state = State.REMARK;
                remarks.add(new String[] {null, ""});
            }
            case SPEAKER -> {
                dropEmptyRemark();
                state = State.REMARK;
                remarks.add(new String[] {speaker(line.label()), line.content()});
            }
            case RESOLUTION -> {
                dropEmptyRemark();
                resolutionBulleted = line.bulleted();
                resolutions.add(new String[] {line.label(), line.content()});
                String content = line.content();
                state = content.isEmpty() || content.endsWith("：") || content.endsWith(":")
                        || ENUMERATED.matcher(content).find() ? State.RESOLUTION_OPEN : State.RESOLVED;
            }
            default -> {
                if (state == State.RESOLVED && !resolutionBulleted && continuesDecision(line)) {
                    append(resolutions.get(resolutions.size() - 1), line.text());
                } else {
                    text(line.text());
                }
            }
        }
    }

    private void field(Line line) {
        lastFieldLabel = line.label();
        switch (line.label()) {
            case "案由" -> {
                if (title == null) {
                    setTitle(line.content());
                } else {
                    text(line.text());
                }
            }
            case "報告單位" -> reportingUnit = line.content().isEmpty() ? reportingUnit : line.content();
            case "說明", "辦理情形", "執行情形", "擬辦" -> {
                state = State.EXPLANATION;
                if (!line.content().isEmpty()) {
                    explanation.add(line.content());
                }
            }
            default -> {
                state = state == State.REMARK || state == State.RESOLUTION_OPEN || state == State.RESOLVED
                        ? State.BODY : state;
                explanation.add(line.text());
            }
        }
    }

    /**
     * An unnumbered paragraph of whole sentences right after a decision, both without bullets: its second
     * paragraph (a line without a bullet after a bulleted decision is back at the level of the minutes).
     */
    private static boolean continuesDecision(Line line) {
        String t = line.text();
        return !line.marked() && !line.bulleted() && line.kind() == LineKind.TEXT && t.length() >= CONTINUED_DECISION
                && t.endsWith("。");
    }

    private void text(String text) {
        switch (state) {
            case RESOLUTION_OPEN -> append(resolutions.get(resolutions.size() - 1), text);
            case REMARK -> append(remarks.get(remarks.size() - 1), text);
            default -> explanation.add(text);
        }
    }

    private static void append(String[] entry, String text) {
        entry[1] = entry[1].isEmpty() ? text : entry[1] + "\n" + text;
    }

    private static final Pattern TABLE_BELOW = Pattern.compile("如下表|如附表|列表如下");
    private static final Pattern ATTACHMENT_REF = Pattern.compile("(?:詳如|詳見|詳|如)附件[一二三四五六七八九十\\d]{1,3}");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，,。；;：:]");
    /** An unpunctuated run this long at the end of a decision is no clause of it. */
    private static final int TABLE_RUN = 30;

    /**
     * A decision that points to a table below (審議結果統計如下表，詳如附件一), with the table's cells run into it
     * as a PDF page comes out flattened: the text after its last reference to an attachment is dropped.
     */
    static String withoutFlattenedTable(String text) {
        if (!TABLE_BELOW.matcher(text).find()) {
            return text;
        }
        Matcher clause = CLAUSE_MARK.matcher(text);
        int tailStart = 0;
        while (clause.find()) {
            tailStart = clause.end();
        }
        String tail = text.substring(tailStart);
        Matcher ref = ATTACHMENT_REF.matcher(tail);
        if (tail.length() < TABLE_RUN || !ref.find() || tail.length() - ref.end() < TABLE_RUN / 2) {
            return text;
        }
        return text.substring(0, tailStart + ref.end());
    }

    /** A remarks heading followed straight by a speaker leaves an empty anonymous remark behind. */
    private void dropEmptyRemark() {
        if (!remarks.isEmpty() && remarks.get(remarks.size() - 1)[0] == null
                && remarks.get(remarks.size() - 1)[1].isEmpty()) {
            remarks.remove(remarks.size() - 1);
        }
    }

    /** 委員意見 → 委員, 移民事務組代表回應 → 移民事務組代表. */
    private static String speaker(String label) {
        String s = label.replaceAll("(意見|回應|發言|表示)$", "").strip();
        return s.isEmpty() ? label : s;
    }

    /** A line of a record quoted in this item (the earlier meeting's minutes read out): kept as text. */
    void quote(String text) {
        explanation.add(text);
    }

    boolean isEmpty() {
        return explanation.isEmpty() && remarks.isEmpty() && resolutions.isEmpty() && tableRows.isEmpty()
                && tableHeader.isEmpty();
    }

    ImportedItem build(List<String> uncertain, int index) {
        dropEmptyRemark();
        List<ImportedResolution> built = new ArrayList<>();
        for (int r = 0; r < resolutions.size(); r++) {
            String text = withoutFlattenedTable(resolutions.get(r)[1].strip());
            built.add(ResolutionReader.read(resolutions.get(r)[0], text));
            if (ResolutionReader.ambiguous(text)) {
                uncertain.add("items[" + index + "].resolutions[" + r + "].outcome");
            }
        }
        List<Remark> builtRemarks = remarks.stream().map(r -> new Remark(r[0], r[1].strip())).toList();
        return new ImportedItem(kind, label, title, reportingUnit,
                explanation.isEmpty() ? null : String.join("\n", explanation),
                builtRemarks, built, tableHeader, tableRows);
    }
}
