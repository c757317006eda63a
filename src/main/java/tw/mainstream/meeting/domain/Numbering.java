package tw.mainstream.meeting.domain;

/**
 * The official outline numbering, generated from position and depth, never stored:
 * level 0 壹、 level 1 一、 level 2 (一) level 3 1. level 4 (1).
 */
public final class Numbering {

    private static final String UPPER = "零壹貳參肆伍陸柒捌玖";
    private static final String LOWER = "〇一二三四五六七八九";

    private Numbering() {
    }

    /** The label of the {@code n}-th (1-based) point at {@code level}, with its punctuation. */
    public static String label(int level, int n) {
        return switch (level) {
            case 0 -> chinese(n, UPPER, "拾") + "、";
            case 1 -> chinese(n, LOWER, "十") + "、";
            case 2 -> "(" + chinese(n, LOWER, "十") + ")";
            case 3 -> n + ".";
            default -> "(" + n + ")";
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (and the formal digits for level 0). */
    public static String chinese(int n, String digits, String ten) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + ten
                + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
    }

    /** Lower Chinese numerals without punctuation, e.g. for 「臨時動議一」. */
    public static String lower(int n) {
        return chinese(n, LOWER, "十");
    }
}
