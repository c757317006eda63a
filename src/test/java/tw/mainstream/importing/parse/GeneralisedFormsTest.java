package tw.mainstream.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ImportedMinutes;
import tw.mainstream.importing.MinutesImporter;

/** The forms real minutes of other bodies take that the first parser did not read (issue 12). */
class GeneralisedFormsTest {

    private static ImportedMinutes parse(String text) {
        ImportResult result = MinutesImporter.importText("t.txt", text);
        assertThat(result.isOk()).as(String.valueOf(result.error())).isTrue();
        return result.minutes();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "時間：112-03-15 10:00|2023-03-15|10:00",
        "時間：99.5.4（星期二）上午9時30分|2010-05-04|09:30",
        "時間：112/03/15 下午2時|2023-03-15|14:00",
        "時間：中華民國一百十二年三月十五日（星期三）下午二時|2023-03-15|14:00",
        "時間：11203151000|2023-03-15|10:00",
        "時間：民國1061021(星期六)上午9|2017-10-21|09:00",
        "時間：九十二年元月七日（星期二）下午三時|2003-01-07|15:00",
        "时间：2016 年 5 月 23 日（一）19 时 00 分|2016-05-23|19:00",
        "日期：100年5月10日（週二） 時間：晚上19:00-21:00|2011-05-10|19:00",
    })
    void everyWrittenDateForm(String line, String date, String time) {
        ImportedMinutes m = parse("某委員會會議紀錄\n" + line + "\n地點：本部會議室\n主席：王主任委員\n");
        assertThat(m.date()).isEqualTo(LocalDate.parse(date));
        assertThat(m.startTime()).isEqualTo(LocalTime.parse(time));
    }

    @Test
    void runTogetherDigitsAreCheckedAgainstTheWeekday() {
        // 1061021 could only be 106/10/21; 10342 is 103/4/2, a Wednesday as printed
        assertThat(RocDateParser.parseDate("10342(週三)").orElseThrow().date()).isEqualTo(LocalDate.of(2014, 4, 2));
        assertThat(RocDateParser.parseDate("10342(週三)").orElseThrow().unsure()).isFalse();
        assertThat(RocDateParser.parseDate("10343(星期)").orElseThrow().unsure()).isTrue();
        assertThat(RocDateParser.parseDate("1121111").orElseThrow().date()).isEqualTo(LocalDate.of(2023, 11, 11));
    }

    @Test
    void labelAndValueOnSeparateLinesOrInATable() {
        ImportedMinutes m = parse("""
                跳到主要內容區塊
                Jump to the main content block
                首頁 > 會議紀錄
                某局性別平等專案小組第35次會議
                時間

                112-03-15 10:00
                地點

                本局第一會議室
                主席\t張局長大明\t紀錄\t李小華
                列印日期：113-01-02
                """);
        assertThat(m.title()).isEqualTo("某局性別平等專案小組第35次會議");
        assertThat(m.sequence()).isEqualTo(35);
        assertThat(m.year()).isNull();
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(m.place()).isEqualTo("本局第一會議室");
        assertThat(m.chair()).isEqualTo("張局長大明");
        assertThat(m.recorder()).isEqualTo("李小華");
    }

    @Test
    void recorderOnTheLineOfAnotherLabel() {
        ImportedMinutes m = parse("""
                某部性別平等專案小組112學年度下學期第2次會議紀錄
                時間：112年3月15日上午10時
                主席：張次長某某 紀錄：某部某司陳科員某某
                秘書：王大同專員　紀錄：李小華
                """);
        assertThat(m.year()).isEqualTo(112);
        assertThat(m.sequence()).isEqualTo(2);
        assertThat(m.chair()).isEqualTo("張次長某某");
        assertThat(m.recorder()).isEqualTo("某部某司陳科員某某");
    }

    @Test
    void otherLabelBeforeTheRecorder() {
        ImportedMinutes m = parse("""
                某校性別平等教育委員會會議紀錄
                時間：112年3月15日上午10時
                主席：陳校長
                秘書：王大同專員　紀錄：李小華
                """);
        assertThat(m.recorder()).isEqualTo("李小華");
    }

    @Test
    void numberingIndependentOfTheSectionWords() {
        ImportedMinutes m = parse("""
                某會第3次會議紀錄
                時間：112年3月15日上午10時
                主席：王主任委員
                報告事項
                (一)秘書處報告上次會議決議辦理情形。
                決定：洽悉。
                (二)人事室報告性別統計。
                決定：准予備查。
                討論事項
                案由一：修正設置要點案，請討論。
                決議：照案通過。
                案由二：訂定年度計畫案，請討論。
                決議：修正通過。
                第三案：經費分配案。
                決議：通過。
                提案四：場地借用案。決議：照案通過。
                """);
        assertThat(m.items()).extracting(ImportedItem::title).containsExactly(
                "秘書處報告上次會議決議辦理情形", "人事室報告性別統計", "修正設置要點案，請討論",
                "訂定年度計畫案，請討論", "經費分配案", "場地借用案");
        assertThat(m.items()).extracting(i -> i.resolutions().get(0).text()).containsExactly(
                "洽悉。", "准予備查。", "照案通過。", "修正通過。", "通過。", "照案通過。");
    }

    @Test
    void resolutionLabelsInlineOrOnTheirOwnLineAndSeveralItemsInOneParagraph() {
        ImportedMinutes m = parse("""
                某會會議紀錄
                時間：112年3月15日上午10時
                主席：王主任委員
                壹、討論事項
                一、場地案。決議：照案通過。二、經費案。主席裁示：請主計室研議。
                三、人員案。
                【決議】
                緩議。
                貳、臨時動議：無。
                參、散會：上午11時30分
                """);
        assertThat(m.items()).extracting(ImportedItem::title).startsWith("場地案", "經費案", "人員案");
        assertThat(m.items().get(0).resolutions().get(0).text()).isEqualTo("照案通過。");
        assertThat(m.items().get(1).resolutions().get(0).label()).isEqualTo("主席裁示");
        assertThat(m.items().get(2).resolutions().get(0).text()).isEqualTo("緩議。");
        assertThat(m.endTime()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void simplifiedLabelsAreRead() {
        ImportedMinutes m = parse("""
                九十四学年度上学期所学会第一次干部会议记录
                时间:94年九月27日下午四点半~六点
                地点:国发所100室
                主席:刘玫雯
                讨论事项
                一、迎新活动案。
                决议:照案通过。
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2005, 9, 27));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(16, 30));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(m.place()).isEqualTo("国发所100室");
        assertThat(m.items().get(0).resolutions().get(0).label()).isEqualTo("決議");
    }

    @Test
    void truncatedMinutesKeepWhatIsThere() {
        ImportedMinutes m = parse("某會會議紀錄\n時間：112年3月15日上午10時\n主席：王主任委員\n討論事項\n一、場地案，請討");
        assertThat(m.items()).extracting(ImportedItem::title).containsExactly("場地案，請討");
    }

    @Test
    void aDoubtfulValueIsMarked() {
        ImportedMinutes m = parse("某會會議紀錄\n時間：1121111\n主席：王主任委員：本次會議討論三案，請各位委員踴躍發言。\n");
        assertThat(m.uncertainFields()).contains("date", "chair");
    }
}
