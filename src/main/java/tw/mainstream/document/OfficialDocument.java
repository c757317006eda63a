package tw.mainstream.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tw.mainstream.shared.text.OutlineNumbering;
import tw.mainstream.shared.text.OutlineNumbering.Brackets;

/**
 * An official document (minutes, meeting notice, agenda, sign-in sheet, follow-up table) as a
 * format-neutral tree, rendered by {@link DocumentRenderer} to ODT, DOCX, PDF or HTML.
 *
 * @param titleLines   the centred title, one entry per line, without punctuation, e.g.
 *                     「內政部移民署」 and 「111 年性別平等工作小組第 1 次會議紀錄」
 * @param headerFields labelled lines under the title, in order (時間, 地點, 主席, 紀錄 …)
 * @param body         the body blocks; sections are numbered 壹、 一、 （一） 1. （1） by depth
 * @param footer       a closing line (e.g. the issuing unit), or {@code null}
 * @param brackets     how levels 3 and 5 are bracketed: full-width （一） as in 公文, or half-width (一)
 *                     as agencies type them in minutes
 */
public record OfficialDocument(List<String> titleLines, List<HeaderField> headerFields,
                               List<Block> body, String footer, Brackets brackets) {

    private static final Pattern PUNCTUATION = Pattern.compile("[。，、；：！？,;:!?]|[.]$");

    public OfficialDocument {
        titleLines = titleLines.stream().map(line -> Texts.required(line, "Title line")).toList();
        if (titleLines.isEmpty()) {
            throw new IllegalArgumentException("A document needs a title");
        }
        for (String line : titleLines) {
            if (PUNCTUATION.matcher(line).find()) {
                throw new IllegalArgumentException("A title must not contain punctuation: " + line);
            }
        }
        headerFields = List.copyOf(headerFields);
        body = List.copyOf(body);
        footer = Texts.optional(footer);
        brackets = brackets == null ? Brackets.FULL_WIDTH : brackets;
        int depth = sectionDepth(body);
        if (depth > OutlineNumbering.MAX_LEVEL) {
            throw new IllegalArgumentException("Sections are nested " + depth
                    + " deep; official numbering has " + OutlineNumbering.MAX_LEVEL + " levels");
        }
    }

    public OfficialDocument(List<String> titleLines, List<HeaderField> headerFields, List<Block> body, String footer) {
        this(titleLines, headerFields, body, footer, Brackets.FULL_WIDTH);
    }

    /** The title as one line, e.g. for the PDF title or the HTML {@code <title>}. */
    public String title() {
        return String.join(" ", titleLines);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static int sectionDepth(List<Block> blocks) {
        int max = 0;
        for (Block block : blocks) {
            if (block instanceof Section section) {
                max = Math.max(max, 1 + sectionDepth(section.children()));
            } else if (block instanceof Remark remark) {
                max = Math.max(max, sectionDepth(remark.points()));
            }
        }
        return max;
    }

    /** Collects the parts of a document in reading order. */
    public static final class Builder {
        private final List<String> titleLines = new ArrayList<>();
        private final List<HeaderField> headerFields = new ArrayList<>();
        private final List<Block> body = new ArrayList<>();
        private String footer;
        private Brackets brackets = Brackets.FULL_WIDTH;

        private Builder() {
        }

        public Builder title(String... lines) {
            titleLines.addAll(List.of(lines));
            return this;
        }

        public Builder field(String label, String value) {
            headerFields.add(new HeaderField(label, value));
            return this;
        }

        public Builder add(Block... blocks) {
            body.addAll(List.of(blocks));
            return this;
        }

        public Builder footer(String text) {
            footer = text;
            return this;
        }

        /** Half-width brackets (一) (1), as agencies type them in minutes; full-width by default. */
        public Builder brackets(Brackets value) {
            brackets = value;
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(titleLines, headerFields, body, footer, brackets);
        }
    }
}
