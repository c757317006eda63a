package tw.mainstream.committee.domain.compliance;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments that are themselves translated (sex labels, fractions, rule names). */
public final class Labels {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Labels() {
    }

    public static DefaultMessageSourceResolvable of(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    /** 三分之一 in Chinese, 1/3 in English ({@code committee.fraction}). */
    public static DefaultMessageSourceResolvable fraction(int numerator, int denominator) {
        return new DefaultMessageSourceResolvable(new String[] {"committee.fraction"},
                new Object[] {String.valueOf(numerator), String.valueOf(denominator), chinese(numerator),
                        chinese(denominator)}, numerator + "/" + denominator);
    }

    static String chinese(int n) {
        if (n >= 0 && n <= 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + DIGITS[n - 10];
        }
        return String.valueOf(n);
    }
}
