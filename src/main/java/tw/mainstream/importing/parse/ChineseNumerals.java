package tw.mainstream.importing.parse;

/** Chinese numerals in both the ordinary (一二三) and the formal (壹貳參) forms, up to 999. */
public final class ChineseNumerals {
    private static final String ORDINARY = "〇一二三四五六七八九";
    private static final String FORMAL = "零壹貳參肆伍陸柒捌玖";

    private ChineseNumerals() {
    }

    /** Value of a numeral such as 十二, 廿一, 拾壹, 叁 or 12; -1 if it is none. */
    public static int parse(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        String s = text.strip();
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return -1;
                }
                digit = d;
            } else if (c == '十' || c == '拾') {
                total += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            } else if (c == '廿') {
                total += 20;
            } else if (c == '百' || c == '佰') {
                total += (digit < 0 ? 1 : digit) * 100;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }

    private static int digit(char c) {
        int i = ORDINARY.indexOf(c);
        if (i >= 0) {
            return i;
        }
        i = FORMAL.indexOf(c);
        if (i >= 0) {
            return i;
        }
        return switch (c) {
            case '叁' -> 3;
            case '兩' -> 2;
            case '零' -> 0;
            default -> -1;
        };
    }

    /** 1 → 一, 12 → 十二, 21 → 二十一. */
    public static String format(int n) {
        return render(n, ORDINARY, '十', '百');
    }

    /** 1 → 壹, 12 → 拾貳. */
    public static String formatFormal(int n) {
        return render(n, FORMAL, '拾', '佰');
    }

    private static String render(int n, String digits, char ten, char hundred) {
        if (n <= 0 || n > 999) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            sb.append(digits.charAt(h)).append(hundred);
        }
        if (t > 0) {
            if (h > 0 || t > 1) {
                sb.append(digits.charAt(t));
            }
            sb.append(ten);
        } else if (h > 0 && u > 0) {
            sb.append(digits.charAt(0));
        }
        if (u > 0) {
            sb.append(digits.charAt(u));
        }
        return sb.toString();
    }
}
