package tw.mainstream.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.mainstream.shared.text.NameMasking.Style.GIVEN;
import static tw.mainstream.shared.text.NameMasking.Style.MIDDLE;

import org.junit.jupiter.api.Test;

class NameMentionsTest {

    @Test
    void masksFullNamesAndNamesWithATitleBetweenSurnameAndGivenName() {
        NameMentions m = new NameMentions(MIDDLE).addPerson("吳嘉麗").addPerson("林興春").addPerson("陳怡敏");
        assertThat(m.mask("建請吳委員嘉麗提供委員推薦名單。")).isEqualTo("建請吳委員O麗提供委員推薦名單。");
        assertThat(m.mask("吳嘉麗委員建議")).isEqualTo("吳O麗委員建議");
        assertThat(m.mask("林副署長興春裁示")).isEqualTo("林副署長O春裁示");
        assertThat(m.mask("陳主任秘書怡敏、陳怡敏")).isEqualTo("陳主任秘書O敏、陳O敏");
        // the way NameMasking.withTitle writes a masked name is what the text gets too
        assertThat(m.mask("林副署長興春")).isEqualTo(NameMasking.withTitle(NameMasking.mask("林興春", MIDDLE), "副署長"));
    }

    @Test
    void maskesTheWholeGivenNameInTheGivenStyle() {
        NameMentions m = new NameMentions(GIVEN).addPerson("吳嘉麗");
        assertThat(m.mask("吳委員嘉麗、吳嘉麗")).isEqualTo("吳委員OO、吳OO");
    }

    @Test
    void titlesAloneAndOrdinaryWordsStay() {
        NameMentions m = new NameMentions(MIDDLE).addPerson("吳嘉麗").addPerson("陳O敏").addPerson("王明");
        assertThat(m.mask("請吳委員說明；吳委員O麗已提供。")).isEqualTo("請吳委員說明；吳委員O麗已提供。");
        assertThat(m.mask("請陳述敏感議題，陳列敏捷方法。")).isEqualTo("請陳述敏感議題，陳列敏捷方法。");
        assertThat(m.mask("王委員明確表示")).isEqualTo("王委員明確表示");
        assertThat(m.mask("王委員明。王明")).isEqualTo("王委員O。王O");
        assertThat(m.mask(null)).isNull();
        assertThat(new NameMentions(MIDDLE).mask("吳委員嘉麗")).isEqualTo("吳委員嘉麗");
    }

    @Test
    void recognisesPeopleKnownOnlyByTheirMaskedNameNextToATitle() {
        NameMentions m = new NameMentions(MIDDLE).addPerson("吳O麗").addPerson("嚴O鸞").addPerson("陳O敏");
        assertThat(m.mask("建請吳委員嘉麗提供委員推薦名單。")).isEqualTo("建請吳委員O麗提供委員推薦名單。");
        assertThat(m.mask("嚴教授淑鸞、委員嚴淑鸞、嚴淑鸞委員")).isEqualTo("嚴教授O鸞、委員嚴O鸞、嚴O鸞委員");
        assertThat(m.mask("陳主任秘書怡敏")).isEqualTo("陳主任秘書O敏");
        // without a title the three characters could be an ordinary word
        assertThat(m.mask("請陳述敏感議題")).isEqualTo("請陳述敏感議題");
    }

    @Test
    void learnsTitlesFromTheRoster() {
        NameMentions m = new NameMentions(MIDDLE).addPerson("黃明煌");
        assertThat(m.mask("黃性別業務股長明煌")).isEqualTo("黃性別業務股長明煌");
        m.addTitle("性別業務股長");
        assertThat(m.mask("黃性別業務股長明煌")).isEqualTo("黃性別業務股長O煌");
    }

    @Test
    void keepsCompoundSurnamesAndPrefersLongerNames() {
        NameMentions m = new NameMentions(MIDDLE).addPerson("歐陽娜娜").addPerson("王明").addPerson("王明華");
        assertThat(m.mask("歐陽委員娜娜、歐陽娜娜")).isEqualTo("歐陽委員O娜、歐陽O娜");
        assertThat(m.mask("王明華與王明")).isEqualTo("王O華與王O");
    }

    @Test
    void keepsTitlesAfterOrBeforeAMentionedName() {
        NameMentions m = new NameMentions(MIDDLE).addPerson("王小明").addPerson("陳怡敏");
        assertThat(m.mask("請王小明專門委員說明。")).isEqualTo("請王O明專門委員說明。");
        assertThat(m.mask("由專門委員王小明、陳怡敏科長報告")).isEqualTo("由專門委員王O明、陳O敏科長報告");
        assertThat(m.mask("王專門委員小明補充")).isEqualTo("王專門委員O明補充");
        assertThat(new NameMentions(GIVEN).addPerson("王小明").mask("王小明專門委員、王簡任技正小明"))
                .isEqualTo("王OO專門委員、王簡任技正OO");
    }

    @Test
    void recognisesAMaskedRosterNameWithAListedTitleAfterIt() {
        NameMentions m = new NameMentions(MIDDLE).addPerson("王O明");
        assertThat(m.mask("王小明專門委員出席")).isEqualTo("王O明專門委員出席");
        assertThat(m.mask("王小明出席")).isEqualTo("王小明出席");
    }
}
