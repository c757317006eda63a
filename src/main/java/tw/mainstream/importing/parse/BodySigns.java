package tw.mainstream.importing.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a line or an item of the body is, judged with the rules: a speech, an agenda title, a quoted record. */
final class BodySigns {
    /** The title of a quoted record ends one of the lines just before its date field. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("(?:" + Rules.words("quoted.title") + ")[:：。]?$");
    private static final int QUOTE_DISTANCE = 3;
    /** An agenda item's title by its ending (…，請審議案。), numbered or not. */
    private static final Pattern TITLE_ENDING = Pattern.compile("(?:" + Rules.words("item.titleEnding") + ")[。.]?$");

    private BodySigns() {
    }

    private static final Pattern SENTENCE = Pattern.compile("[，,。；;？?]");
    private static final int SPEECH_LENGTH = 12;

    /** 主席：現在開會，進行報告事項。 in the body: the chair speaking, not a header field. */
    static Line asSpeech(Line line) {
        if (line.kind() != LineKind.HEADER || line.marked()) {
            return line;
        }
        Matcher m = Labels.HEADER_LABEL.matcher(line.content());
        if (!m.lookingAt()) {
            return line;
        }
        Labels.HeaderField field = Labels.headerField(m.group(1));
        String value = line.content().substring(m.end()).strip();
        boolean speaker = field == Labels.HeaderField.CHAIR || field == Labels.HeaderField.OTHER;
        if (!speaker || value.length() <= SPEECH_LENGTH || !SENTENCE.matcher(value).find()) {
            return line;
        }
        return new Line(line.index(), LineKind.SPEAKER, null, m.group(1).strip(), value, line.text(), line.bulleted());
    }

    /** Whether a date field in the body opens a quoted record: a record's title stands just before it. */
    static boolean quotationFollows(List<Line> lines, int i) {
        if (!Labels.HEADER_LABEL.matcher(lines.get(i).content()).lookingAt()
                || Labels.headerField(headerLabel(lines.get(i))) != Labels.HeaderField.DATE_TIME) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - QUOTE_DISTANCE); k--) {
            if (QUOTED_TITLE.matcher(Rules.traditionalForm(lines.get(k).text())).find()) {
                return true;
            }
        }
        return false;
    }

    private static String headerLabel(Line line) {
        Matcher m = Labels.HEADER_LABEL.matcher(line.content());
        return m.lookingAt() ? m.group(1) : "";
    }

    /**
     * The holder of stray lines before the first item of a section (• 項目): no title, number or resolution,
     * and no speaker's remarks whose points the next numbered lines could be.
     */
    static boolean isPlaceholder(ItemBuilder b) {
        return b.title() == null && b.number() == 0 && !b.hasResolution() && b.state() != ItemBuilder.State.REMARK
                && !b.hasNumberedLines();
    }

    /** An item that is a speech (二、來賓致詞：…): the remarks under it are not numbered points. */
    static boolean isSpeech(ItemBuilder b) {
        return b.title() != null && SectionKind.OPENING.start().matcher(b.title()).find();
    }

    /** A line that ends the way an agenda item's title does: …，請審議案。 …，並備質詢。 */
    static boolean agendaTitle(Line line) {
        return TITLE_ENDING.matcher(Rules.traditionalForm(line.content())).find();
    }
}
