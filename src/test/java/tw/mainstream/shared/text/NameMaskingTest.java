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

    @Test
    void keepsTheTitleWrittenAfterTheName() {
        assertThat(NameMasking.mask("王小明專門委員", MIDDLE)).isEqualTo("王O明專門委員");
        assertThat(NameMasking.mask("王小明專門委員", GIVEN)).isEqualTo("王OO專門委員");
        assertThat(NameMasking.mask("陳怡敏科長", MIDDLE)).isEqualTo("陳O敏科長");
        assertThat(NameMasking.mask("林興春簡任技正", MIDDLE)).isEqualTo("林O春簡任技正");
        assertThat(NameMasking.mask("張秀琴主任秘書", MIDDLE)).isEqualTo("張O琴主任秘書");
        assertThat(NameMasking.mask("歐陽娜娜助理教授", MIDDLE)).isEqualTo("歐陽O娜助理教授");
        assertThat(NameMasking.mask("王明副局長", MIDDLE)).isEqualTo("王O副局長");
        assertThat(NameMasking.mask("李大同理事長", GIVEN)).isEqualTo("李OO理事長");
    }

    @Test
    void keepsTheTitleWrittenBeforeOrInsideTheName() {
        assertThat(NameMasking.mask("專門委員王小明", MIDDLE)).isEqualTo("專門委員王O明");
        assertThat(NameMasking.mask("王專門委員小明", MIDDLE)).isEqualTo("王專門委員O明");
        assertThat(NameMasking.mask("林副署長興春", GIVEN)).isEqualTo("林副署長OO");
        assertThat(NameMasking.mask("王小明 視察", MIDDLE)).isEqualTo("王O明 視察");
        assertThat(NameMasking.mask("王小明（移民資訊組科長）", MIDDLE)).isEqualTo("王O明（移民資訊組科長）");
    }

    @Test
    void aSurnameWithATitleAloneAndMaskedNamesWithTitlesStay() {
        assertThat(NameMasking.mask("王委員", MIDDLE)).isEqualTo("王委員");
        assertThat(NameMasking.mask("陳科長", GIVEN)).isEqualTo("陳科長");
        assertThat(NameMasking.mask("王O明專門委員", MIDDLE)).isEqualTo("王O明專門委員");
        // a three-character name is never read as surname + title: 王明 is not 王 + 明
        assertThat(NameMasking.mask("王明華", MIDDLE)).isEqualTo("王O華");
    }

    @Test
    void titlesOfTheRosterAreKeptToo() {
        // without the roster title 榮譽 is read as part of the name
        assertThat(NameMasking.mask("周玉華榮譽教授", MIDDLE)).isEqualTo("周OOO譽教授");
        assertThat(NameMasking.mask("周玉華榮譽教授", MIDDLE, GovernmentTitles.with(java.util.List.of("榮譽教授"))))
                .isEqualTo("周O華榮譽教授");
    }

    @Test
    void theTitleListIsDataWithTheCommonGovernmentTitles() {
        assertThat(GovernmentTitles.ALL).contains("專門委員", "科長", "專員", "技正", "視察", "組長", "副組長", "主任",
                "秘書", "主任秘書", "處長", "局長", "副局長", "署長", "副署長", "司長", "參事", "簡任技正", "委員", "教授",
                "副教授", "助理教授", "律師", "理事長", "執行長", "研究員");
        assertThat(GovernmentTitles.ALL.indexOf("主任秘書")).isLessThan(GovernmentTitles.ALL.indexOf("秘書"));
        assertThat(GovernmentTitles.ALL).doesNotHaveDuplicates().noneMatch(t -> t.startsWith("#") || t.isBlank());
    }
}
