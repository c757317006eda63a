package tw.mainstream.document;

/**
 * A paragraph of running text with an optional bold lead label such as 「說明：」 or 「決議：」.
 *
 * @param lead the bold label including its colon, or {@code null}
 * @param text the text after the label; may be empty when only the label is shown
 */
public record Paragraph(String lead, String text) implements Block {

    public Paragraph {
        lead = Texts.optional(lead);
        text = text == null ? "" : text.strip();
        if (lead == null && text.isEmpty()) {
            throw new IllegalArgumentException("A paragraph needs a lead label or some text");
        }
    }

    public static Paragraph of(String text) {
        return new Paragraph(null, text);
    }

    public static Paragraph lead(String lead, String text) {
        return new Paragraph(lead, text);
    }
}
