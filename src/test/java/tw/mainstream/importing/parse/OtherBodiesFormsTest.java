package tw.mainstream.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ImportedMinutes;
import tw.mainstream.importing.MinutesImporter;

/**
 * Forms met in the minutes of school committees, agencies and associations (the third holdout of the corpus):
 * small-form commas, report headings without numbers, a 雙向溝通 part, a PDF page flattened into one line, a
 * date printed alone above the title. Each test is written in words other than the corpus files'.
 */
class OtherBodiesFormsTest {

    private static ImportedMinutes parse(String text) {
        ImportResult result = MinutesImporter.importText("t.txt", text);
        assertThat(result.isOk()).as(String.valueOf(result.error())).isTrue();
        return result.minutes();
    }

    private static List<String> titles(ImportedMinutes m) {
        return m.items().stream().map(ImportedItem::title).filter(Objects::nonNull).toList();
    }

    @Test
    void smallFormCommasNumberTheHeaderLikeTheUsualOnes() {
        ImportedMinutes m = parse("""
                某市立國中112學年度第2次環境教育委員會會議紀錄
                一﹑時間:113年3月5日(星期二)下午2時
                二﹑地點:圖書館二樓
                三﹑主席:林校長               紀錄:黃幹事
                四﹑提案討論:
                (一)、本學期淨灘活動日期,請討論。
                決議:訂於4月20日辦理。
                五﹑散會
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(m.place()).isEqualTo("圖書館二樓");
        assertThat(m.chair()).isEqualTo("林校長");
        assertThat(m.recorder()).isEqualTo("黃幹事");
        assertThat(titles(m)).containsExactly("本學期淨灘活動日期,請討論");
    }

    @Test
    void reportHeadingsWithoutNumbersStartTheNextItem() {
        ImportedMinutes m = parse("""
                某國小期初校務會議紀錄
                時間:112年8月28日上午9時
                地點:視聽教室
                主席:陳校長
                紀錄:周老師
                壹、各處室業務報告:
                教務處報告:
                1.開學日課表已公告
                2.請導師於第一週完成座位表
                輔導主任吳美華報告:
                本學期認輔學生名單將於下週確認,請老師協助
                三年級導師許志強報告:
                校外教學預定於十月出發
                貳、散會
                """);
        // the line before 三年級導師許志強報告： does not end its sentence; the heading is not joined to it
        assertThat(titles(m)).containsExactly("教務處報告", "輔導主任吳美華報告", "三年級導師許志強報告");
    }

    @Test
    void aReportHeadingInsideNumberedItemsStaysText() {
        ImportedMinutes m = parse("""
                某委員會會議紀錄
                時間:112年8月28日上午9時
                主席:陳主任委員
                壹、報告事項
                一、秘書組報告:
                本月收文二十件。
                總務組報告:
                本月採購三件。
                二、會計組報告:
                本月支出如附表。
                """);
        assertThat(titles(m)).containsExactly("秘書組報告", "會計組報告");
    }

    @Test
    void aTwoWayCommunicationPartHoldsRemarksNotAnItem() {
        ImportedMinutes m = parse("""
                某國小113學年度第2次家長委員會會議紀錄
                一、時間:113年10月2日(三)上午8時
                二、地點:會議室
                三、主席:郭會長
                四、意見溝通
                (一)家長代表:午餐菜色請增加蔬菜。
                (二)學務主任:將轉知營養師。
                五、提案討論:
                (一)、家長日志工排班案。
                決議:照案通過。
                """);
        assertThat(titles(m)).containsExactly("家長日志工排班案");
        assertThat(m.openingRemarks()).contains("午餐菜色請增加蔬菜");
    }

    @Test
    void aPdfPageFlattenedIntoOneLineIsCutAtTheLabelledItemAndItsFields() {
        ImportedMinutes m = parse("某科技大學113學年度第1學期第2次圖書委員會會議紀錄 開會時間:113年10月8日星期二下午2:00 "
                + "開會地點:行政大樓2樓會議室 主席:張副校長 紀錄:吳小姐 壹、主席致詞 貳、提案討論 提案一 "
                + "案由:修訂本校圖書資料採購要點,提請討論 說明: 1.依教育部來函辦理。 2.修正條文對照表如附件。 "
                + "決議: 照案通過。");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(m.chair()).isEqualTo("張副校長");
        assertThat(titles(m)).containsExactly("修訂本校圖書資料採購要點,提請討論");
        assertThat(m.items().get(0).resolutions()).extracting(r -> r.text()).containsExactly("照案通過。");
    }

    @Test
    void aDateAloneAboveTheTitleIsTheMeetingDateMarkedForChecking() {
        ImportedMinutes m = parse("""
                最新消息
                2023/11/20
                某協會第三屆第五次理事會議紀錄
                一、年度會員大會籌備進度
                王理事:場地已預訂完成。
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(m.uncertainFields()).contains("date");
    }

    @Test
    void aDateFieldWinsOverADateLineAboveTheTitle() {
        ImportedMinutes m = parse("""
                2023-12-01
                某協會理事會議紀錄
                時間:112年11月20日下午3時
                地點:協會辦公室
                主席:趙理事長
                一、討論事項
                決議:通過。
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 11, 20));
    }
}
