package tw.mainstream.document;

import java.util.List;

/**
 * A sign-in sheet (簽到表) table: one row per expected attendee with an empty column to sign in.
 *
 * @param caption     e.g. 「出席人員」 or 「列席人員」, or {@code null}
 * @param signatories the expected attendees in order
 */
public record SignatureTable(String caption, List<Signatory> signatories) implements Block {

    /** Column headings, in order: title, name, signature. */
    public static final List<String> HEADER = List.of("職稱", "姓名", "簽名");

    public SignatureTable {
        caption = Texts.optional(caption);
        signatories = List.copyOf(signatories);
    }

    /**
     * One expected attendee.
     *
     * @param title the title or role, e.g. 「召集人」「外聘委員」「移民事務組組長」
     * @param name  the name
     */
    public record Signatory(String title, String name) {
        public Signatory {
            title = title == null ? "" : title.strip();
            name = Texts.required(name, "Signatory name");
        }
    }
}
