package tw.mainstream.meeting.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import tw.mainstream.meeting.NameCategory;
import tw.mainstream.shared.text.NameMasking;

/**
 * Applies the public version's masking policy: names by category (members and officials / staff /
 * private persons), and the same names where free text mentions them (吳委員嘉麗 → 吳委員O麗).
 * The internal version uses {@link #none()}, which changes nothing.
 */
final class Masker {

    private final boolean members;
    private final boolean staff;
    private final boolean privatePersons;
    private final NameMasking.Style style;
    private final Map<String, String> known = new LinkedHashMap<>();

    private Masker(boolean members, boolean staff, boolean privatePersons, NameMasking.Style style) {
        this.members = members;
        this.staff = staff;
        this.privatePersons = privatePersons;
        this.style = style;
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
        String masked = NameMasking.mask(name, style);
        if (!masked.equals(name) && name.strip().length() >= 2) {
            known.put(name.strip(), masked);
        }
        return masked;
    }

    String text(String text) {
        if (text == null || known.isEmpty()) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> e : known.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
            String surname = NameMasking.surname(e.getKey());
            String given = e.getKey().substring(surname.length());
            String maskedGiven = e.getValue().substring(surname.length());
            out = out.replace(surname + "委員" + given, surname + "委員" + maskedGiven);
        }
        return out;
    }
}
