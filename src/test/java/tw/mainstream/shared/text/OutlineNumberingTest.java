package tw.mainstream.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutlineNumberingTest {

    @Test
    void levelOneUsesFormalNumerals() {
        assertThat(OutlineNumbering.label(1, 1)).isEqualTo("壹、");
        assertThat(OutlineNumbering.label(1, 3)).isEqualTo("參、");
        assertThat(OutlineNumbering.label(1, 7)).isEqualTo("柒、");
        assertThat(OutlineNumbering.label(1, 10)).isEqualTo("拾、");
        assertThat(OutlineNumbering.label(1, 11)).isEqualTo("拾壹、");
        assertThat(OutlineNumbering.label(1, 12)).isEqualTo("拾貳、");
        assertThat(OutlineNumbering.label(1, 20)).isEqualTo("貳拾、");
        assertThat(OutlineNumbering.label(1, 34)).isEqualTo("參拾肆、");
        assertThat(OutlineNumbering.label(1, 99)).isEqualTo("玖拾玖、");
    }

    @Test
    void formalNumeralsOfAllNineDigits() {
        StringBuilder digits = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            digits.append(OutlineNumbering.formalNumeral(i));
        }
        assertThat(digits).hasToString("壹貳參肆伍陸柒捌玖");
    }

    @Test
    void levelTwoUsesEverydayNumerals() {
        assertThat(OutlineNumbering.label(2, 1)).isEqualTo("一、");
        assertThat(OutlineNumbering.label(2, 9)).isEqualTo("九、");
        assertThat(OutlineNumbering.label(2, 10)).isEqualTo("十、");
        assertThat(OutlineNumbering.label(2, 11)).isEqualTo("十一、");
        assertThat(OutlineNumbering.label(2, 19)).isEqualTo("十九、");
        assertThat(OutlineNumbering.label(2, 20)).isEqualTo("二十、");
        assertThat(OutlineNumbering.label(2, 21)).isEqualTo("二十一、");
        assertThat(OutlineNumbering.label(2, 99)).isEqualTo("九十九、");
    }

    @Test
    void everyNumberFromTenToNinetyNineReadsTensThenOnes() {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int n = 10; n <= 99; n++) {
            String expected = (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
            assertThat(OutlineNumbering.plainNumeral(n)).as("%d", n).isEqualTo(expected);
        }
    }

    @Test
    void hundredsInsertZeroForAMissingTen() {
        assertThat(OutlineNumbering.plainNumeral(100)).isEqualTo("一百");
        assertThat(OutlineNumbering.plainNumeral(105)).isEqualTo("一百零五");
        assertThat(OutlineNumbering.plainNumeral(110)).isEqualTo("一百一十");
        assertThat(OutlineNumbering.plainNumeral(999)).isEqualTo("九百九十九");
        assertThat(OutlineNumbering.formalNumeral(101)).isEqualTo("壹佰零壹");
        assertThat(OutlineNumbering.formalNumeral(112)).isEqualTo("壹佰壹拾貳");
    }

    @Test
    void levelsThreeToFiveUseFullWidthParenthesesAndDigits() {
        assertThat(OutlineNumbering.label(3, 1)).isEqualTo("（一）");
        assertThat(OutlineNumbering.label(3, 12)).isEqualTo("（十二）");
        assertThat(OutlineNumbering.label(4, 1)).isEqualTo("1.");
        assertThat(OutlineNumbering.label(4, 23)).isEqualTo("23.");
        assertThat(OutlineNumbering.label(5, 2)).isEqualTo("（2）");
        assertThat(OutlineNumbering.label(5, 10)).isEqualTo("（10）");
    }

    @Test
    void rejectsLevelsAndNumbersOutOfRange() {
        assertThatThrownBy(() -> OutlineNumbering.label(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutlineNumbering.label(6, 1)).hasMessageContaining("1..5");
        assertThatThrownBy(() -> OutlineNumbering.label(2, 0)).hasMessageContaining("1..999");
        assertThatThrownBy(() -> OutlineNumbering.label(1, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minutesStyleHasHalfWidthBrackets() {
        assertThat(OutlineNumbering.label(3, 4, OutlineNumbering.Brackets.HALF_WIDTH)).isEqualTo("(四)");
        assertThat(OutlineNumbering.label(5, 2, OutlineNumbering.Brackets.HALF_WIDTH)).isEqualTo("(2)");
        assertThat(OutlineNumbering.label(3, 4)).isEqualTo("（四）");
        assertThat(OutlineNumbering.label(2, 12, OutlineNumbering.Brackets.HALF_WIDTH)).isEqualTo("十二、");
    }
}
