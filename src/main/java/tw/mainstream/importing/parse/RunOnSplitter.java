package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits lines that hold several parts of the minutes, as web pages and converted files run them
 * together: header fields with their section numbers on one line (壹、時間：…貳、地點：…參、主席：…), a
 * header on one line with other text (… 時間：… 地點：… 主席：… 紀錄：…), a resolution after the item on
 * the same line (…，請討論。決議：照案通過。) and several numbered items in one paragraph
 * (…照案通過。（二）…).
 */
final class RunOnSplitter {
    static final String SECTION_WORDS = Arrays.stream(SectionKind.values())
            .map(k -> Rules.words("section." + k.name())).collect(Collectors.joining("|"));
    private static final String HEADER_LABELS = Rules.alternation(Labels.HEADER.keySet());
    /**
     * 貳、地點： or 伍、主席致詞 anywhere after the start of a line; without the 、 as letter-spaced PDF text
     * comes out (…2時30分整貳地點:…參主席:…).
     */
    private static final Pattern FORMAL_PART = Pattern.compile("[壹貳參叁肆伍陸柒捌玖拾]{1,2}\\s*(?:、\\s*)?(?:(?:"
            + HEADER_LABELS + ")\\s*[:：]|(?:" + SECTION_WORDS + "))");
    /** 二、開會地點： after a header value on the same line (…12月19日二、開會地點：本會議事廳三、出席人：…). */
    private static final Pattern NUMBERED_FIELD = Pattern.compile("(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、\\s*(?:"
            + HEADER_LABELS + ")\\s*[:：]");
    /** A resolution label after the end of a sentence. */
    private static final Pattern INLINE_RESOLUTION = Pattern.compile("(?<=[。；;！!？?）)])\\s*(?="
            + Labels.RESOLUTION_LEAD_IN + "?[【\\[]?(?:"
            + Rules.alternation(Rules.list("resolution")) + ")[】\\]]?\\s*[:：])");
    /** The next numbered item after the end of a sentence: 。（二） or 。二、 */
    private static final Pattern NEXT_ITEM = Pattern.compile(
            "(?<=[。；;])\\s*(?=[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
                    + "|(?<=[(（][^()（）]{1,8}[)）])(?=[一二三四五六七八九十]{1,3}、)");

    /**
     * In a long line without sentence ends (letter-spaced PDF text, …說明:…決議:…), a field or resolution label
     * with its colon right after other text.
     */
    private static final Pattern RUN_ON_FIELD = Pattern.compile("(?<=[\\p{IsHan}\\d）)])\\s*(?=(?:"
            + Rules.alternation(List.of("說明", "案由", "提案單位", "報告單位", "辦理情形", "執行情形"))
            + "|" + Rules.alternation(Rules.list("resolution")) + ")\\s*[:：/／])");
    /**
     * In such a line, a labelled number after a space (… 貳、提案討論 提案一 案由:…): the next item starts there.
     */
    private static final Pattern RUN_ON_LABELED = Pattern.compile("(?<=\\s)(?=(?:提案|討論案|報告案|案由)\\s*(?:第\\s*)?"
            + "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*案?\\s*(?:[、.．:：]|\\s))");
    /**
     * In such a line, a bare number after the end of a sentence or a note and before the text
     * (…(另載) 1 茲修正…。2茲修正…。 3請審議…): the items of a list whose delimiters the print lost.
     */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<=[。)）:：])\\s{0,3}(\\d{1,2})\\s*(?=[\\p{IsHan}「])");
    /** A line this long that holds fewer sentence ends than one per this many characters is run on. */
    private static final int RUN_ON_LENGTH = 120;
    /** 七、司儀： in a line already cut at two numbered header fields: a field whose label the parser does not know. */
    private static final Pattern NUMBERED_ANY_FIELD = Pattern.compile(
            "(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、\\s*\\p{IsHan}{2,16}\\s*[:：]");

    /** What may stand before a header label on its own line: its number (參、, (三), 3.). */
    private static final Pattern MARKER_ONLY = Pattern.compile("[壹貳參叁肆伍陸柒捌玖拾一二三四五六七八九十0-9()（）、．.\\s]*");

    private RunOnSplitter() {
    }

    static List<TextCleaner.CleanLine> split(List<TextCleaner.CleanLine> lines) {
        List<TextCleaner.CleanLine> out = new ArrayList<>(lines.size());
        for (TextCleaner.CleanLine line : lines) {
            String text = line.text();
            if (text.indexOf('\t') >= 0 || text.length() < 8) {
                out.add(line);
                continue;
            }
            TreeSet<Integer> cuts = new TreeSet<>();
            List<Integer> bareNumbers = List.of();
            addStarts(FORMAL_PART.matcher(text), cuts);
            int numberedFields = cuts.size();
            addStarts(NUMBERED_FIELD.matcher(text), cuts);
            if (cuts.size() - numberedFields >= 2) {
                addStarts(NUMBERED_ANY_FIELD.matcher(text), cuts);
            }
            addHeaderLabels(text, cuts);
            // a line that already holds several parts of the minutes (a PDF page flattened into one line) is run
            // on as much as a long line without sentence ends
            boolean severalParts = cuts.size() >= 2 && text.length() >= RUN_ON_LENGTH;
            if (severalParts
                    || (text.length() >= RUN_ON_LENGTH && sentenceEnds(text) * RUN_ON_LENGTH < text.length())) {
                addStarts(RUN_ON_FIELD.matcher(text), cuts);
                addStarts(RUN_ON_LABELED.matcher(text), cuts);
                bareNumbers = bareNumberedList(text);
                cuts.addAll(bareNumbers);
            }
            addStarts(INLINE_RESOLUTION.matcher(text), cuts);
            addStarts(NEXT_ITEM.matcher(text), cuts);
            cuts.remove(0);
            int from = 0;
            boolean bulleted = line.bulleted();
            for (int cut : cuts) {
                String part = numbered(text.substring(from, cut).strip(), bareNumbers.contains(from));
                if (!part.isEmpty()) {
                    out.add(new TextCleaner.CleanLine(part, bulleted));
                    bulleted = false;
                }
                from = cut;
            }
            String last = numbered(text.substring(from).strip(), bareNumbers.contains(from));
            if (!last.isEmpty() || from == 0) {
                out.add(new TextCleaner.CleanLine(last, bulleted));
            }
        }
        return out;
    }

    /**
     * Where the bare numbers 1, 2, 3 … of one list start, in order from 1; none when they do not count up from
     * 1 (a stray page number, a quantity).
     */
    private static List<Integer> bareNumberedList(String text) {
        Matcher m = BARE_NUMBER.matcher(text);
        List<Integer> starts = new ArrayList<>();
        int next = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == next) {
                starts.add(m.start(1));
                next++;
            }
        }
        return starts.size() >= 2 ? starts : List.of();
    }

    /** A part that starts with a bare number of such a list gets the delimiter the print lost: 2茲修正 → 2、茲修正. */
    private static String numbered(String part, boolean bareNumber) {
        return bareNumber ? part.replaceFirst("^(\\d{1,2})\\s*", "$1、") : part;
    }

    private static int sentenceEnds(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。；;！!？?".indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static void addStarts(Matcher m, TreeSet<Integer> cuts) {
        while (m.find()) {
            cuts.add(m.end() == m.start() ? m.start() : m.start());
        }
    }

    /**
     * Header labels after a space, when a line holds at least two of them and does not start with one: the
     * header was printed on one line with other text.
     */
    private static void addHeaderLabels(String text, TreeSet<Integer> cuts) {
        Matcher m = Labels.HEADER_LABEL.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.size() >= 2 && starts.get(0) > 0 && !MARKER_ONLY.matcher(text.substring(0, starts.get(0))).matches()) {
            cuts.add(starts.get(0));
        }
    }
}
