package tw.mainstream.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.mainstream.shared.text.NameMasking.Style.GIVEN;
import static tw.mainstream.shared.text.NameMasking.Style.MIDDLE;

import org.junit.jupiter.api.Test;

class NameMaskingTest {

    @Test
    void masksTheGivenNameInBothStyles() {
        assertThat(NameMasking.mask("陳怡敏", MIDDLE)).isEqualTo("陳O敏");
        assertThat(NameMasking.mask("陳怡敏", GIVEN)).isEqualTo("陳OO");
        assertThat(NameMasking.mask("王明", MIDDLE)).isEqualTo("王O");
        assertThat(NameMasking.mask("王明", GIVEN)).isEqualTo("王O");
    }

    @Test
    void keepsCompoundSurnames() {
        assertThat(NameMasking.mask("歐陽娜娜", MIDDLE)).isEqualTo("歐陽O娜");
        assertThat(NameMasking.mask("司馬中原", GIVEN)).isEqualTo("司馬OO");
        assertThat(NameMasking.mask("諸葛亮", MIDDLE)).isEqualTo("諸葛O");
        assertThat(NameMasking.mask("張簡明華", MIDDLE)).isEqualTo("張簡O華");
    }

    @Test
    void leavesMaskedNamesAndBlanksAlone() {
        assertThat(NameMasking.mask("吳O麗", MIDDLE)).isEqualTo("吳O麗");
        assertThat(NameMasking.mask("陳○敏", GIVEN)).isEqualTo("陳○敏");
        assertThat(NameMasking.mask("", MIDDLE)).isEmpty();
        assertThat(NameMasking.mask(null, MIDDLE)).isNull();
        assertThat(NameMasking.mask("John Ong", MIDDLE)).isEqualTo("J. O.");
    }

    @Test
    void writesNameWithTitleTheOfficialWay() {
        assertThat(NameMasking.withTitle("林興春", "副署長")).isEqualTo("林副署長興春");
        assertThat(NameMasking.withTitle("陳O敏", "主任秘書")).isEqualTo("陳主任秘書O敏");
        assertThat(NameMasking.withTitle("曾筠苓", null)).isEqualTo("曾筠苓");
    }
}
