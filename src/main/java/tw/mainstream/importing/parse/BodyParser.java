package tw.mainstream.importing.parse;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ItemKind;

/**
 * Splits the body of the minutes into sections (壹、報告事項 …) and the sections into items. A section
 * whose heading says more than its keyword (參、上次會議決議辦理情形, 伍、臨時動議：無) is one item;
 * others hold items numbered in one style (一、, (一), 報告案 1、). A numbered line starts the next item
 * only when it carries the next number and does not sit inside a speaker's remarks.
 */
final class BodyParser {
    private final List<Line> lines;
    private Marker.Type sectionStyle;
    private int lastSection;

    private static final Pattern NOTHING = Pattern.compile("^無[。.]?$");
    /** A heading's remark in parentheses: （確認通過）, (略) */
    private static final Pattern NOTE = Pattern.compile("^[(（][^()（）]{0,20}[)）]$");
    private static final int TITLE_LENGTH = 40;


    /** Headings that start a part of the agenda even when bulleted inside a speaker's remarks (• 報告事項). */
    private static final java.util.Set<String> AGENDA_PARTS = java.util.Set.of(SectionKind.REPORT.name(),
            SectionKind.SPECIAL_REPORT.name(), SectionKind.DISCUSSION.name(), SectionKind.EXTEMPORE.name(),
            SectionKind.FOLLOW_UP.name());

    private boolean quoting;
    private SectionKind section = SectionKind.GENERAL;
    private Marker sectionMarker;
    private boolean container = true;
    private Marker.Type itemStyle;
    /** The number style of parts of the agenda nested in a part without items (議程：(一)報告事項…), or null. */
    private Marker.Type nestedStyle;
    private ItemBuilder item;

    private final List<ItemBuilder> items = new ArrayList<>();
    private final List<String> opening = new ArrayList<>();
    private final List<String> conclusion = new ArrayList<>();
    private LocalTime adjourned;

    BodyParser(List<Line> lines, Marker.Type headerNumbering, int lastHeaderNumber) {
        this.lines = lines;
        this.sectionStyle = headerNumbering;
        this.lastSection = lastHeaderNumber;
    }

    record Body(List<ImportedItem> items, String openingRemarks, String chairConclusion, LocalTime adjourned) {
    }

    Body parse(int start, List<String> uncertain) {
        for (int i = start; i < lines.size() && adjourned == null; i++) {
            Line line = BodySigns.asSpeech(lines.get(i));
            if (quoting && !(isSectionStart(line) && line.marked())) {
                if (item != null) {
                    item.quote(line.text());
                }
                continue;
            }
            quoting = false;
            if (line.kind() == LineKind.HEADER && BodySigns.quotationFollows(lines, i)) {
                // 宣讀上次會議議事錄, then that record with its own 時間：…: nothing in it is of this meeting
                quoting = true;
                if (item != null) {
                    item.quote(line.text());
                }
                continue;
            }
            if (isSectionStart(line)) {
                openSection(line, false);
                continue;
            }
            if (isNestedSectionStart(line)) {
                // 五、會議紀錄 then (一)主席致詞、(二)提案討論: the parts of the agenda, numbered one level down
                openSection(line, true);
                continue;
            }
            if (section == SectionKind.OPENING && reportAfterSpeech(line)) {
                // 主席致詞 then 會務報告 alone on its line: the speech has ended, a report item starts
                finishItem();
                section = SectionKind.REPORT;
                container = true;
                itemStyle = null;
                item = new ItemBuilder(ItemKind.REPORT, null, line.text().replaceFirst("\\s*[:：]$", ""));
                continue;
            }
            switch (section) {
                case IGNORED -> { }
                case OPENING -> opening.add(line.text());
                case CONCLUSION -> conclusion.add(line.text());
                default -> itemLine(line, i + 1 < lines.size() ? lines.get(i + 1) : null);
            }
        }
        finishItem();
        List<ImportedItem> built = new ArrayList<>();
        for (ItemBuilder b : items) {
            if (b.isEmpty() && b.title() != null && NOTHING.matcher(b.title()).matches()) {
                continue; // 臨時動議：無 — the section had nothing, not an item called 無
            }
            built.add(b.build(uncertain, built.size()));
        }
        return new Body(built, join(opening), join(conclusion), adjourned);
    }



    private boolean isSectionStart(Line line) {
        if (line.kind() == LineKind.SECTION && !line.marked()) {
            return item == null || item.state() != ItemBuilder.State.REMARK || !line.bulleted()
                    || (line.content().isEmpty() && AGENDA_PARTS.contains(line.label()));
        }
        if (!line.marked() || line.marker().type() == Marker.Type.LABELED) {
            return false;
        }
        Marker marker = line.marker();
        if (sectionStyle == null) {
            if (line.kind() != LineKind.SECTION || marker.type() == itemStyle) {
                return false;
            }
            sectionStyle = marker.type();
            return true;
        }
        if (marker.type() != sectionStyle) {
            return false;
        }
        boolean next = marker.number() == lastSection + 1;
        return line.kind() == LineKind.SECTION ? marker.number() > lastSection : next;
    }

    /**
     * A numbered part of the agenda inside a part without its own items (議程, 會議紀錄), numbered in another
     * style than the top-level parts.
     */
    private boolean isNestedSectionStart(Line line) {
        if (line.kind() != LineKind.SECTION || !line.marked() || sectionStyle == null) {
            return false;
        }
        Marker.Type type = line.marker().type();
        if (type == Marker.Type.LABELED || type == sectionStyle) {
            return false;
        }
        boolean inGeneral = section == SectionKind.GENERAL && container && (item == null || BodySigns.isPlaceholder(item));
        return nestedStyle != null ? type == nestedStyle : inGeneral && type != itemStyle;
    }

    /** A report heading alone on its line (會務報告, 財務報告), not a speech heading itself. */
    private static boolean reportAfterSpeech(Line line) {
        return !line.marked() && line.kind() == LineKind.TEXT && Labels.REPORT_HEADING.matcher(line.text()).matches()
                && !SectionKind.OPENING.start().matcher(line.text()).find();
    }

    private void openSection(Line line, boolean nested) {
        finishItem();
        if (nested) {
            nestedStyle = line.marker().type();
        } else {
            nestedStyle = null;
            if (line.marked()) {
                lastSection = line.marker().number();
            }
        }
        sectionMarker = line.marker();
        section = line.kind() == LineKind.SECTION ? SectionKind.valueOf(line.label()) : SectionKind.OTHER;
        itemStyle = null;
        String heading = line.marked() ? line.text().substring(line.marker().printed().length()).strip() : line.text();
        String rest = line.kind() == LineKind.SECTION ? line.content() : heading;
        if (NOTE.matcher(rest).matches() && section != SectionKind.OPENING && section != SectionKind.CONCLUSION) {
            // 貳、報告事項（確認通過）: a note on the heading, not an item
            rest = "";
        }
        container = false;
        switch (section) {
            case OPENING -> addIfPresent(opening, rest);
            case CONCLUSION -> addIfPresent(conclusion, rest);
            case ADJOURN -> adjourned = RocDateParser.parseTime(rest).map(RocDateParser.ParsedTime::time)
                    .orElse(LocalTime.MIDNIGHT);
            case IGNORED -> { }
            case FOLLOW_UP, OTHER -> item = new ItemBuilder(section.itemKind(), line.marker(), heading);
            default -> {
                if (rest.isEmpty()) {
                    container = true;
                } else {
                    item = new ItemBuilder(section.itemKind(), line.marker(), rest);
                }
            }
        }
        if (section == SectionKind.ADJOURN && adjourned == LocalTime.MIDNIGHT) {
            adjourned = null;
            section = SectionKind.IGNORED;
        }
    }

    private void itemLine(Line line, Line next) {
        boolean lostNumber = container && !startsItem(line) && unnumberedTitle(line, next);
        if (container && (lostNumber || startsItem(line))) {
            Marker marker = lostNumber ? new Marker(itemStyle, item.number() + 1, null, null) : line.marker();
            finishItem();
            ItemKind kind = marker != null && marker.type() == Marker.Type.LABELED
                    ? labeledKind(marker.label()) : section.itemKind();
            if (itemStyle == null && marker != null) {
                itemStyle = marker.type();
            }
            String title = line.kind() == LineKind.FIELD ? line.content()
                    : !line.marked() ? line.content() : line.text().substring(marker.printed().length()).strip();
            item = new ItemBuilder(kind, marker, title);
            return;
        }
        if (reportHeading(line)) {
            // 教導主任王大明報告： under 各處室報告 or 討論事項: the next unnumbered item, named by who reports
            finishItem();
            item = new ItemBuilder(section.itemKind(), null, line.text().replaceFirst("\\s*[:：]$", ""));
            return;
        }
        if (unnumberedAgendaTitle(line)) {
            finishItem();
            item = new ItemBuilder(section.itemKind(), null, line.content());
            return;
        }
        if (line.kind() == LineKind.RESOLUTION && line.label().endsWith("結論") && (item == null || nothing(item))) {
            // 主席結論： after 臨時動議：無 — the chair's conclusion of the meeting, not a decision on 無
            finishItem();
            section = SectionKind.CONCLUSION;
            addIfPresent(conclusion, line.content());
            return;
        }
        if (item == null && container && line.kind() == LineKind.TEXT && !line.marked() && next != null
                && next.kind() == LineKind.RESOLUTION) {
            // 議程確認：詳大會議程。 followed by 決議：…: an unnumbered item
            item = new ItemBuilder(section.itemKind(), null, line.content());
            return;
        }
        if (item == null && !line.marked() && NOTHING.matcher(line.text()).matches()) {
            // 臨時動議： on one line, 無。 on the next
            item = new ItemBuilder(section.itemKind(), sectionMarker, "無");
            return;
        }
        if (item == null) {
            item = new ItemBuilder(section.itemKind(), null, null);
        }
        item.accept(line);
    }

    private boolean startsItem(Line line) {
        if (line.kind() == LineKind.FIELD && "案由".equals(line.label()) && !line.marked()) {
            return item == null || item.hasResolution();
        }
        if (!line.marked() || line.kind() == LineKind.TABLE_ROW) {
            return false;
        }
        Marker marker = line.marker();
        if (marker.type() == Marker.Type.LABELED) {
            return true;
        }
        if (item == null || (BodySigns.isPlaceholder(item) && marker.number() == 1)) {
            // after stray lines (• 項目), a list that starts at 一、
            return line.kind() != LineKind.RESOLUTION && line.kind() != LineKind.SPEAKER;
        }
        return marker.type() == itemStyle && marker.number() == item.number() + 1
                && (item.hasResolution() || item.state() != ItemBuilder.State.REMARK || titleLike(line)
                        || BodySigns.agendaTitle(line) || BodySigns.isSpeech(item));
    }


    /**
     * An unnumbered agenda title in a section without numbered items: the first line under the heading, or
     * the next after another such title that has nothing under it yet.
     */
    private boolean unnumberedAgendaTitle(Line line) {
        return container && itemStyle == null && line.kind() == LineKind.TEXT && !line.marked()
                && BodySigns.agendaTitle(line) && (item == null || BodySigns.isPlaceholder(item)
                        || (item.number() == 0 && item.title() != null && item.isEmpty()));
    }

    /** A report heading alone on its line (總務處報告：), in a part of the agenda without numbered items. */
    private boolean reportHeading(Line line) {
        return container && itemStyle == null && !line.marked()
                && (line.kind() == LineKind.TEXT || line.kind() == LineKind.SPEAKER)
                && AGENDA_PARTS.contains(section.name()) && section != SectionKind.FOLLOW_UP
                && Labels.REPORT_HEADING.matcher(line.text()).matches();
    }

    /** A short line without a sentence end: the title of an item rather than a point of a speaker. */
    private static boolean titleLike(Line line) {
        String t = line.content();
        return t.length() <= TITLE_LENGTH && !LineClassifier.endsClause(t) && !t.endsWith("。");
    }

    /**
     * An item whose number was lost: a short unnumbered line followed by its 說明 or 案由, among items
     * that have numbers.
     */
    private boolean unnumberedTitle(Line line, Line next) {
        return item != null && itemStyle != null && line.kind() == LineKind.TEXT && !line.marked()
                && next != null && next.kind() == LineKind.FIELD && !next.marked()
                && ("說明".equals(next.label()) || "案由".equals(next.label())) && titleLike(line)
                && item.state() != ItemBuilder.State.REMARK && !"案由".equals(item.lastFieldLabel());
    }

    private ItemKind labeledKind(String label) {
        if (label == null) {
            return section.itemKind();
        }
        return switch (label) {
            case "報告案", "報告事項" -> ItemKind.REPORT;
            case "討論案", "討論事項", "提案" -> ItemKind.DISCUSSION;
            case "臨時動議", "臨時提案" -> ItemKind.EXTEMPORE;
            case "專題報告" -> ItemKind.SPECIAL_REPORT;
            default -> section.itemKind();
        };
    }

    private void finishItem() {
        Matcher speech = item == null || item.title() == null ? null : SectionKind.OPENING.start().matcher(item.title());
        if (speech != null && speech.find() && !item.hasResolution()) {
            // 四、主席致詞：… numbered like the items: a speech, not an agenda item
            addIfPresent(opening, speech.group(2));
            item.explanationLines().forEach(l -> addIfPresent(opening, l));
        } else if (item != null && !item.hasResolution() && Procedural.isProcedural(item.title())) {
            // 一、報到, 二、宣讀上次會議議事錄: the order of business, not an agenda item (one that was decided on,
            // 確認上次會議紀錄 with 決定：確認, stays)
            item = null;
        } else if (item != null && (container || section != SectionKind.OTHER || !item.isEmpty())) {
            items.add(item);
        }
        item = null;
    }

    /** An item that says the part had nothing: 臨時動議：無 */
    private static boolean nothing(ItemBuilder b) {
        return b.isEmpty() && b.title() != null && NOTHING.matcher(b.title()).matches();
    }

    private static void addIfPresent(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text.strip());
        }
    }

    private static String join(List<String> parts) {
        return parts.isEmpty() ? null : String.join("\n", parts);
    }
}
