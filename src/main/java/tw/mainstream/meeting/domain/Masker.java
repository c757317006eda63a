package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.NameCategory;
import tw.mainstream.shared.text.NameMasking;
import tw.mainstream.shared.text.NameMentions;

/**
 * Applies the public version's masking policy: names by category (members and officials / staff /
 * private persons), and the same names where free text mentions them (吳嘉麗 → 吳O麗, 吳委員嘉麗 →
 * 吳委員O麗, any title between surname and given name, see {@link NameMentions}). The assembler
 * registers every person it knows of (the task force's members past and present, attendance,
 * observers, speakers) before it masks any text.
 * The internal version uses {@link #none()}, which changes nothing.
 */
final class Masker {

    private final boolean members;
    private final boolean staff;
    private final boolean privatePersons;
    private final NameMasking.Style style;
    private final NameMentions mentions;

    private Masker(boolean members, boolean staff, boolean privatePersons, NameMasking.Style style) {
        this.members = members;
        this.staff = staff;
        this.privatePersons = privatePersons;
        this.style = style;
        this.mentions = new NameMentions(style);
    }

    static Masker none() {
        return new Masker(false, false, false, NameMasking.Style.MIDDLE);
    }

    static Masker of(Minutes policy) {
        return new Masker(policy.isMaskMembers(), policy.isMaskStaff(), policy.isMaskPrivate(), policy.getMaskStyle());
    }

    boolean active() {
        return members || staff || privatePersons;
    }

    private boolean applies(NameCategory c) {
        return switch (c) {
            case MEMBER_OFFICIAL -> members;
            case STAFF -> staff;
            case PRIVATE -> privatePersons;
        };
    }

    /** Registers a name so that mentions of it in text are masked too; returns it masked or not. */
    String name(String name, NameCategory category) {
        if (name == null || name.isBlank() || !applies(category)) {
            return name;
        }
        mentions.addPerson(name);
        return NameMasking.mask(name, style);
    }

    /** Registers a person of the task force (a member past or present) for the mentions in text. */
    void person(String name, String title) {
        if (applies(NameCategory.MEMBER_OFFICIAL)) {
            mentions.addPerson(name);
            mentions.addTitle(title);
        }
    }

    /** A title to recognise between surname and given name (吳委員嘉麗, 林副署長興春). */
    void title(String title) {
        mentions.addTitle(title);
    }

    String text(String text) {
        return active() ? mentions.mask(text) : text;
    }
}
