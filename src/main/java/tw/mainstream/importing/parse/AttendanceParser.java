package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.mainstream.importing.Attendance;
import tw.mainstream.importing.Proxy;

/**
 * Collects attendance from header values: lists of names separated by 、，; with notes in parentheses.
 * 「王委員大明(李小华代)」 is a proxy; 「(請假)」 moves a name to the excused; affiliations are dropped.
 */
final class AttendanceParser {
    private static final Pattern SIGN_IN_SHEET = Pattern.compile("簽到(表|單|簿)|如附|詳附");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;]");
    private static final Pattern PROXY_FOR_MEMBER = Pattern.compile(
            "^(.+?)\\s*[(（]\\s*(?:由)?\\s*([^()（）]+?)\\s*代(?:理)?(?:出席)?\\s*[)）]$");
    private static final Pattern MEMBER_BY_PROXY = Pattern.compile(
            "^(.+?)\\s*[(（]\\s*代(?:理)?\\s*([^()（）]+?)\\s*(?:出席)?\\s*[)）]$");
    private static final Pattern NOTE = Pattern.compile("[(（]([^()（）]*)[)）]");
    private static final Pattern GROUP_LABEL = Pattern.compile("^[^：:]{1,8}[:：]\\s*");

    private final List<String> present = new ArrayList<>();
    private final List<String> excused = new ArrayList<>();
    private final List<Proxy> proxies = new ArrayList<>();
    private final List<String> observers = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Labels.HeaderField field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        if (SIGN_IN_SHEET.matcher(v).find() || v.equals("無") || v.equals("略")) {
            notes.add(v);
            return;
        }
        for (String token : tokens(v)) {
            addName(field, token);
        }
    }

    private void addName(Labels.HeaderField field, String token) {
        String t = GROUP_LABEL.matcher(token.strip()).replaceFirst("").replaceAll("[。.]$", "").strip();
        if (t.isEmpty()) {
            return;
        }
        Matcher m;
        if (field == Labels.HeaderField.PROXIES && (m = MEMBER_BY_PROXY.matcher(t)).find()) {
            proxies.add(new Proxy(name(m.group(2)), name(m.group(1))));
            return;
        }
        if ((m = PROXY_FOR_MEMBER.matcher(t)).find() && !m.group(2).contains("請假")) {
            proxies.add(new Proxy(name(m.group(1)), name(m.group(2))));
            return;
        }
        Matcher note = NOTE.matcher(t);
        String remark = note.find() ? note.group(1) : "";
        String name = name(t);
        if (name.isEmpty()) {
            return;
        }
        if (remark.contains("請假")) {
            excused.add(name);
        } else if (remark.contains("缺席")) {
            absent.add(name);
        } else {
            switch (field) {
                case EXCUSED -> excused.add(name);
                case OBSERVERS -> observers.add(name);
                case ABSENT -> absent.add(name);
                default -> present.add(name);
            }
        }
    }

    private static List<String> tokens(String value) {
        if (SEPARATORS.matcher(value).find()) {
            return List.of(SEPARATORS.split(value));
        }
        String[] words = value.split("\\s+");
        boolean allNames = words.length > 1;
        for (String w : words) {
            allNames &= w.length() >= 2;
        }
        return allNames ? List.of(words) : List.of(value);
    }

    private static String name(String s) {
        return NOTE.matcher(s).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    Attendance build() {
        return new Attendance(present, excused, proxies, observers, absent,
                notes.isEmpty() ? null : String.join("；", notes));
    }
}
