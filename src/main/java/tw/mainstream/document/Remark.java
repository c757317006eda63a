package tw.mainstream.document;

import java.util.List;

/**
 * What one speaker said (發言摘要). The label shown before the text is {@link #label()}:
 * the speaker followed by the role, e.g. 「移民事務組」 + 「代表」, 「吳O麗」 + 「委員」, or only the
 * role when the speaker is not named (「委員意見」).
 *
 * @param speaker who spoke, or {@code null} when not named
 * @param role    the speaker's role or kind of remark, e.g. 「委員」「代表」「委員意見」
 * @param text    the summary; may be empty when the remark consists of numbered points only
 * @param points  numbered points of the remark (usually {@link Section}s), numbered one level
 *                below the enclosing section
 */
public record Remark(String speaker, String role, String text, List<Block> points) implements Block {

    public Remark {
        speaker = Texts.optional(speaker);
        role = Texts.required(role, "Remark role");
        text = text == null ? "" : text.strip();
        points = List.copyOf(points);
        if (text.isEmpty() && points.isEmpty()) {
            throw new IllegalArgumentException("A remark needs text or points: " + role);
        }
    }

    public Remark(String speaker, String role, String text) {
        this(speaker, role, text, List.of());
    }

    /** The bold label without the colon, e.g. 「移民事務組代表」. */
    public String label() {
        return speaker == null ? role : speaker + role;
    }
}
