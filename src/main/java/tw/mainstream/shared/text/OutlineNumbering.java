package tw.mainstream.shared.text;

/**
 * Taiwanese official outline numbering (公文分項標號), generated from position and depth:
 * level 1 壹、貳、…拾、拾壹、; level 2 一、二、…十、十一、二十一、; level 3 （一）（二）;
 * level 4 1. 2.; level 5 （1）（2）. Parentheses are full-width as in 公文, or half-width as many
 * agencies type them in minutes — (一) (1).
 */
public final class OutlineNumbering {

    /** How levels 3 and 5 are bracketed. */
    public enum Brackets {
        FULL_WIDTH("（", "）"), HALF_WIDTH("(", ")");

        private final String open;
        private final String close;

        Brackets(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    /** The deepest level with an official label. */
    public static final int MAX_LEVEL = 5;
    /** The largest item number supported at a level. */
    public static final int MAX_NUMBER = 999;

    private static final String[] PLAIN_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] FORMAL_DIGITS = {"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"};

    private OutlineNumbering() {
    }

    /**
     * The label of the {@code number}-th item (from 1) at outline {@code level} (from 1), with
     * full-width brackets: {@code label(1, 12)} is 「拾貳、」 and {@code label(3, 2)} is 「（二）」.
     */
    public static String label(int level, int number) {
        return label(level, number, Brackets.FULL_WIDTH);
    }

    /** As {@link #label(int, int)}, with the brackets given. */
    public static String label(int level, int number, Brackets brackets) {
        return switch (level) {
            case 1 -> formalNumeral(number) + "、";
            case 2 -> plainNumeral(number) + "、";
            case 3 -> brackets.open + plainNumeral(number) + brackets.close;
            case 4 -> checked(number) + ".";
            case 5 -> brackets.open + checked(number) + brackets.close;
            default -> throw new IllegalArgumentException(
                    "Outline level must be 1.." + MAX_LEVEL + ", was " + level);
        };
    }

    /** Chinese numeral in everyday characters: 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五. */
    public static String plainNumeral(int number) {
        return numeral(checked(number), PLAIN_DIGITS, "十", "百");
    }

    /** Chinese numeral in formal (大寫) characters: 1 → 壹, 10 → 拾, 12 → 拾貳, 20 → 貳拾. */
    public static String formalNumeral(int number) {
        return numeral(checked(number), FORMAL_DIGITS, "拾", "佰");
    }

    private static String numeral(int n, String[] digits, String ten, String hundred) {
        int hundreds = n / 100;
        int tens = (n / 10) % 10;
        int ones = n % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0) {
            out.append(digits[hundreds]).append(hundred);
        }
        if (tens > 0) {
            // 10..19 read 十, 十一 on their own, but 一百一十 after a hundreds digit
            if (tens > 1 || hundreds > 0) {
                out.append(digits[tens]);
            }
            out.append(ten);
        } else if (hundreds > 0 && ones > 0) {
            out.append(digits[0]);
        }
        if (ones > 0) {
            out.append(digits[ones]);
        }
        return out.toString();
    }

    private static int checked(int number) {
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("Item number must be 1.." + MAX_NUMBER + ", was " + number);
        }
        return number;
    }
}
