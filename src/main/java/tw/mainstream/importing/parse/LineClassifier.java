package tw.mainstream.importing.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies one cleaned line: its number marker and what kind of statement it is. */
public final class LineClassifier {
    private static final String CN = "[一二三四五六七八九十]";
    private static final Pattern FORMAL = Pattern.compile("^([壹貳參叁肆伍陸柒捌玖拾]{1,3})\\s*([、．.,，])\\s*");
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + "{1,3})\\s*([、．.,，])\\s*");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^[(（]\\s*(" + CN + "{1,3})\\s*[)）]\\s*([、.．]?)\\s*");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^(?:[(（]\\s*(\\d{1,2})\\s*[)）]|(\\d{1,2})\\s*[)）])\\s*([、.．]?)\\s*");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*([、.．])(?!\\d)\\s*");
    private static final Pattern LABELED = Pattern.compile(
            "^(報告案|報告事項|討論案|討論事項|提案|臨時動議|臨時提案|專題報告|案由|議案)\\s*(?:第\\s*)?"
                    + "((?:\\d+|" + CN + "+)(?:\\s*[、,，及和]\\s*(?:\\d+|" + CN + "+))*)\\s*案?\\s*([、.．:：]|\\s+|$)\\s*");
    private static final Pattern NTH_CASE = Pattern.compile("^第\\s*(\\d+|" + CN + "+)\\s*案\\s*([、.．:：]|\\s+|$)\\s*");
    /** 參主席： as letter-spaced PDF text comes out: a formal number without its 、 before a label or heading. */
    private static final Pattern FORMAL_BARE = Pattern.compile("^([壹貳參叁肆伍陸柒捌玖拾]{1,2})()(?=(?:"
            + Rules.alternation(Labels.HEADER.keySet()) + ")\\s*[:：]|(?:" + RunOnSplitter.SECTION_WORDS + "))");
    private static final Pattern TERMINAL = Pattern.compile("[。！？；：:!?;]$");

    private LineClassifier() {
    }

    public static Line classify(int index, String text, boolean bulleted) {
        if (text.isBlank()) {
            return new Line(index, LineKind.BLANK, null, null, "", "", bulleted);
        }
        if (text.indexOf('\t') >= 0) {
            String[] cells = text.split("\t", -1);
            if (cells.length % 2 == 0 && labelCells(cells)) {
                // a header laid out as a table: 開會時間<TAB>111年10月3日[<TAB>地點<TAB>…]
                StringBuilder pairs = new StringBuilder();
                for (int c = 0; c < cells.length; c += 2) {
                    pairs.append(c == 0 ? "" : " ").append(cells[c].strip()).append('：').append(cells[c + 1].strip());
                }
                text = pairs.toString();
            } else if (java.util.Arrays.stream(cells).filter(c -> !c.isBlank()).count() >= 2 && cells.length >= 3) {
                return new Line(index, LineKind.TABLE_ROW, null, null, text, text, bulleted);
            }
            text = text.replace('\t', ' ').replaceAll(" +", " ").strip();
        }
        Matcher m;
        Marker marker = null;
        String rest = text;
        if ((m = LABELED.matcher(text)).find() && ChineseNumerals.parse(firstNumber(m.group(2))) > 0) {
            marker = new Marker(Marker.Type.LABELED, ChineseNumerals.parse(firstNumber(m.group(2))),
                    printed(text, m, 3), m.group(1));
        } else if ((m = NTH_CASE.matcher(text)).find() && ChineseNumerals.parse(m.group(1)) > 0) {
            marker = new Marker(Marker.Type.LABELED, ChineseNumerals.parse(m.group(1)), printed(text, m, 2), "案");
        } else if ((m = FORMAL.matcher(text)).find()) {
            marker = new Marker(Marker.Type.FORMAL, ChineseNumerals.parse(m.group(1)), printed(text, m, 2), null);
        } else if ((m = FORMAL_BARE.matcher(text)).find()) {
            marker = new Marker(Marker.Type.FORMAL, ChineseNumerals.parse(m.group(1)), m.group(1), null);
        } else if ((m = CHINESE.matcher(text)).find()) {
            marker = new Marker(Marker.Type.CHINESE, ChineseNumerals.parse(m.group(1)), printed(text, m, 2), null);
        } else if ((m = PAREN_CHINESE.matcher(text)).find()) {
            marker = new Marker(Marker.Type.PAREN_CHINESE, ChineseNumerals.parse(m.group(1)), printed(text, m, 2), null);
        } else if ((m = PAREN_ARABIC.matcher(text)).find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            marker = new Marker(Marker.Type.PAREN_ARABIC, Integer.parseInt(digits), printed(text, m, 3), null);
        } else if ((m = ARABIC.matcher(text)).find()) {
            marker = new Marker(Marker.Type.ARABIC, Integer.parseInt(m.group(1)), printed(text, m, 2), null);
        }
        if (marker != null) {
            rest = text.substring(m.end()).strip();
        }
        return classifyContent(index, text, rest, marker, bulleted);
    }

    private static Line classifyContent(int index, String text, String rest, Marker marker, boolean bulleted) {
        Matcher m;
        if (Labels.HEADER_LABEL.matcher(rest).lookingAt()) {
            return new Line(index, LineKind.HEADER, marker, null, rest, text, bulleted);
        }
        if ((m = Labels.SPACED_DATE.matcher(rest)).matches()) {
            return new Line(index, LineKind.HEADER, marker, null, m.group(1) + "：" + m.group(2) + m.group(3), text,
                    bulleted);
        }
        if ((m = Labels.SPACED_LABEL.matcher(rest)).matches()) {
            return new Line(index, LineKind.HEADER, marker, null, m.group(1) + "：" + m.group(2), text, bulleted);
        }
        if (Labels.BARE_LABEL.matcher(rest).matches()) {
            // 時間 alone on its line, the value on the next non-empty line
            return new Line(index, LineKind.HEADER, marker, null, rest.strip() + "：", text, bulleted);
        }
        if (marker != null && marker.type() != Marker.Type.LABELED) {
            Line section = section(index, text, rest, marker, bulleted);
            if (section != null) {
                return section;
            }
        }
        if ((m = Labels.RESOLUTION.matcher(rest)).find()) {
            return new Line(index, LineKind.RESOLUTION, marker, Rules.canonical(m.group(1)), m.group(2).strip(), text,
                    bulleted);
        }
        if ((m = Labels.BARE_RESOLUTION.matcher(rest)).matches()) {
            return new Line(index, LineKind.RESOLUTION, marker, Rules.canonical(m.group(1)), "", text, bulleted);
        }
        if (marker == null && Labels.REMARKS_HEADING.matcher(rest).find()) {
            return new Line(index, LineKind.REMARKS_HEADING, null, rest.replaceAll("[:：]$", ""), "", text, bulleted);
        }
        if ((m = Labels.FIELD.matcher(rest)).find()) {
            return new Line(index, LineKind.FIELD, marker, Rules.canonical(m.group(1)), m.group(2).strip(), text,
                    bulleted);
        }
        if (marker == null) {
            Line section = section(index, text, rest, null, bulleted);
            if (section != null && (section.content().length() <= 40 || !section.label().equals("FOLLOW_UP"))) {
                return section;
            }
            if ((m = Labels.SPEAKER.matcher(rest)).find() && Labels.SPEAKER_WORD.matcher(m.group(1)).find()) {
                return new Line(index, LineKind.SPEAKER, null, m.group(1).strip(), m.group(2).strip(), text, bulleted);
            }
        }
        return new Line(index, LineKind.TEXT, marker, null, rest, text, bulleted);
    }

    /** A section heading; its label is the {@link SectionKind} name. */
    private static Line section(int index, String text, String rest, Marker marker, boolean bulleted) {
        for (SectionKind kind : SectionKind.values()) {
            Matcher m = (marker != null ? kind.numberedStart() : kind.start()).matcher(rest);
            if (m.find()) {
                return new Line(index, LineKind.SECTION, marker, kind.name(), m.group(2).strip(), text, bulleted);
            }
        }
        boolean followUp = marker != null
                ? SectionKind.FOLLOW_UP_TITLE.matcher(rest).find()
                : rest.matches("^(上次|前次|歷次).*") && SectionKind.FOLLOW_UP_TITLE.matcher(rest).find();
        if (followUp) {
            return new Line(index, LineKind.SECTION, marker, SectionKind.FOLLOW_UP.name(), rest, text, bulleted);
        }
        return null;
    }

    /** Whether a line ends a sentence or a label, so the next line cannot continue it. */
    public static boolean endsClause(String text) {
        return TERMINAL.matcher(text).find();
    }

    /** A list number Word or the writer put before a label cell: 三、出席人員, (二)地點, 1.時間. */
    private static final Pattern LABEL_NUMBER = Pattern.compile(
            "^(?:[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.、．])\\s*");

    /** Every other cell, from the first, is a header label (開會時間, 三、出席人員). */
    private static boolean labelCells(String[] cells) {
        for (int c = 0; c < cells.length; c += 2) {
            if (Labels.headerField(LABEL_NUMBER.matcher(cells[c].strip()).replaceFirst("")) == null) {
                return false;
            }
        }
        return true;
    }

    private static String firstNumber(String numbers) {
        return numbers.split("\\s*[、,，及和]\\s*")[0];
    }

    /** The marker as printed, keeping a 、 or . delimiter but not a colon or space. */
    private static String printed(String text, Matcher m, int delimiterGroup) {
        String delimiter = m.group(delimiterGroup);
        int end = m.end(delimiterGroup);
        if (delimiter == null || delimiter.isBlank() || delimiter.equals(":") || delimiter.equals("：")) {
            end = m.start(delimiterGroup);
        }
        return text.substring(0, end).strip();
    }
}
