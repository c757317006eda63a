package tw.mainstream.importing.parse;

/**
 * The number a line starts with, as printed.
 *
 * @param type    its style
 * @param number  its value (壹 → 1), or -1 when it has none (臨時動議 without a number cannot be a marker)
 * @param printed the marker text as printed, trimmed (「一、」, 「報告案 1、」, 「報告案 2、3」)
 * @param label   for {@link Type#LABELED}: the word before the number (報告案, 臨時動議, 提案), else null
 */
public record Marker(Type type, int number, String printed, String label) {

    public enum Type {
        /** 壹、 貳、 參、 */
        FORMAL,
        /** 一、 二、 */
        CHINESE,
        /** (一) （二） */
        PAREN_CHINESE,
        /** 1. 2、 */
        ARABIC,
        /** (1) （2） */
        PAREN_ARABIC,
        /** 報告案 1、 臨時動議一、 提案二： 第 3 案 */
        LABELED
    }
}
