package tw.mainstream.meeting.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.mainstream.shared.privacy.PublicNamePolicyView;
import tw.mainstream.shared.text.GovernmentTitles;
import tw.mainstream.shared.text.NameMasking;
import tw.mainstream.shared.text.NameMentions;

/**
 * Applies the agency's public-name policy ({@link PublicNamePolicyView}) to the public version: names by
 * category (members and officials / staff / private persons), and the same names where free text
 * mentions them (吳嘉麗 → 吳O麗, 吳委員嘉麗 → 吳委員O麗, any title between surname and given name, see
 * {@link NameMentions}). Titles written with a name are kept (王小明專門委員 → 王O明專門委員): the
 * common government titles plus those of the roster and the attendance.
 *
 * <p>One person, one form: a person on the task force's roster keeps the category of their seat
 * wherever the minutes name them (as attendee, recorder or speaker), so the minutes show them
 * exactly as the public member list does; anyone else masked in one place (a staff recorder who
 * also signs in) is masked in every place. The assembler registers every person it knows of before
 * it masks any text. The internal version uses {@link #none()}, which changes nothing.
 */
final class Masker {

    private final boolean members;
    private final boolean staff;
    private final boolean privatePersons;
    private final NameMasking.Style style;
    private final NameMentions mentions;
    private final Map<String, NameCategory> roster = new HashMap<>();
    private final Set<String> masked = new HashSet<>();
    private final Set<String> titles = new LinkedHashSet<>();
    private List<String> allTitles = GovernmentTitles.ALL;

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

    static Masker of(PublicNamePolicyView policy) {
        return new Masker(policy.maskMembers(), policy.maskStaff(), policy.maskPrivate(), policy.style());
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
        if (name == null || name.isBlank()) {
            return name;
        }
        String key = name.strip();
        NameCategory rosterCategory = roster.get(key);
        boolean mask = rosterCategory != null ? applies(rosterCategory)
                : applies(category == null ? NameCategory.PRIVATE : category) || masked.contains(key);
        if (!mask) {
            return name;
        }
        masked.add(key);
        mentions.addPerson(name);
        return NameMasking.mask(name, style, allTitles);
    }

    /**
     * Registers a person of the task force's roster (past or present): shown or masked as the public
     * member list shows them, a member's seat as a member, the executive secretary's or a liaison's as staff.
     */
    void person(String name, String title, boolean staff) {
        if (name == null || name.isBlank()) {
            return;
        }
        NameCategory category = staff ? NameCategory.STAFF : NameCategory.MEMBER_OFFICIAL;
        roster.put(name.strip(), category);
        title(title);
        if (applies(category)) {
            mentions.addPerson(name);
        }
    }

    /** A title to keep beside names and to recognise between surname and given name (吳委員嘉麗, 林副署長興春). */
    void title(String title) {
        if (title != null && !title.isBlank() && titles.add(title.strip())) {
            mentions.addTitle(title);
            allTitles = GovernmentTitles.with(titles);
        }
    }

    String text(String text) {
        return active() ? mentions.mask(text) : text;
    }
}
