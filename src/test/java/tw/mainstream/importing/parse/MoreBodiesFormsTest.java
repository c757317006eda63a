package tw.mainstream.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.mainstream.importing.parse.ParsedMinutes.decisions;
import static tw.mainstream.importing.parse.ParsedMinutes.parse;
import static tw.mainstream.importing.parse.ParsedMinutes.titles;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import tw.mainstream.importing.ImportedMinutes;

/**
 * Forms met in the minutes of the fourth set of bodies (holdout3 of the corpus: a gender-equality education
 * committee, a planning committee, councils, a foundation board, a farm-area meeting) and in the known misses of
 * the government holdout. Each test is written in words other than the corpus files'.
 */
class MoreBodiesFormsTest {

    @Test
    void aResolutionLabelAloneOnItsLineTakesTheLinesBelowEvenASentenceAboutASpeech() {
        ImportedMinutes m = parse("""
                某社區營造協會與區公所協調會議
                時間:2023/5/2 下午3點
                地點:區公所會議室
                討論提案:
                提案一、建請區公所協助借用活動中心。
                決議
                (一) 同意借用。
                (二) 清潔費由協會負擔。
                提案二、建請區長出席年終晚會。
                決議
                區長將出席並致詞。
                """);
        assertThat(titles(m)).containsExactly("建請區公所協助借用活動中心", "建請區長出席年終晚會");
        assertThat(decisions(m)).containsExactly("(一) 同意借用。\n(二) 清潔費由協會負擔。", "區長將出席並致詞。");
    }

    @Test
    void aSecondParagraphOfWholeSentencesContinuesTheDecisionButACaptionDoesNot() {
        ImportedMinutes m = parse("""
                某國中課程發展委員會會議紀錄
                時間:112年9月1日下午1時
                地點:會議室
                提案討論:
                提案一:本學期段考日期。
                【議決】第一次段考訂於第七週,各領域同意。
                新增的健康科目改為每學期評量一次,由教務處另行通知各班導師。
                提案二:校外教學地點。
                決議:照案通過。
                (附件1)
                """);
        assertThat(decisions(m)).containsExactly(
                "第一次段考訂於第七週,各領域同意。\n新增的健康科目改為每學期評量一次,由教務處另行通知各班導師。", "照案通過。");
    }

    @Test
    void theChairsConclusionAfterEmptyPartsIsNoDecisionOnNothing() {
        ImportedMinutes m = parse("""
                某文教基金會董事會會議紀錄
                時間:112年6月1日上午10時
                主席:王董事長 記錄:李幹事
                討論提案:無
                臨時動議:無
                主席結論:
                1. 感謝各位董事出席。
                """);
        assertThat(m.items()).isEmpty();
        assertThat(m.chairConclusion()).contains("感謝各位董事出席");
    }

    @Test
    void aReportHeadingAloneAfterASpeechStartsAnItem() {
        ImportedMinutes m = parse("""
                某協會理監事會議紀錄
                時間:112年3月3日下午2時
                地點:協會辦公室
                主席:陳理事長 記錄:林秘書
                主席致詞
                謝謝各位撥空出席。
                財務報告
                本年度收支平衡。
                臨時動議:無
                """);
        assertThat(titles(m)).containsExactly("財務報告");
        assertThat(m.openingRemarks()).contains("謝謝各位撥空出席");
    }

    @Test
    void theOpeningRoutineSaidAsSentencesIsNoAgendaItem() {
        ImportedMinutes m = parse("""
                某鎮民代表會定期大會第二次會議紀錄
                一、時間:中華民國112年5月3日上午9時至12時
                二、地點:本會議事堂
                三、主席:王主席大同 紀錄:張小美
                四、報告事項:
                (一)李秘書報告:出席代表已達法定人數,請主席宣佈開會。
                (二)主席宣布開會,並請李秘書宣讀第1次會議紀錄。
                (三)李秘書宣讀第1次會議紀錄。(略)
                五、議程:
                鎮政總質詢
                陳代表小明:
                (一)請公所說明路燈維修進度。
                """);
        assertThat(titles(m)).containsExactly("鎮政總質詢");
        assertThat(m.endTime()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void partsNumberedOneLevelDownUnderAMinutesHeading() {
        ImportedMinutes m = parse("""
                某國小課程發展委員會會議紀錄
                一、時間:112年2月10日13:30
                二、地點:校長室
                三、主席:黃校長
                四、會議記錄[@more@]
                (一)主席致詞:感謝各位委員出席。
                (二)提案討論:
                提案一:訂定下學期課程計畫。
                【決議】照案通過。
                提案二:訂定補救教學期程。
                """);
        assertThat(titles(m)).containsExactly("訂定下學期課程計畫", "訂定補救教學期程");
        assertThat(decisions(m)).containsExactly("照案通過。");
        assertThat(m.openingRemarks()).contains("感謝各位委員出席");
    }

    @Test
    void aCaseNumberAfterTheItemNumberIsNoPartOfTheTitle() {
        ImportedMinutes m = parse("""
                某部區域計畫委員會第12次會議紀錄
                日期:2021-03-02
                時間:14:00:00
                地點:本部會議室
                主席:部長
                案件:
                1. 第1案:甲縣政府函為「變更甲都市計畫(部分農業區為道路用地)案」。
                2. 第2案:乙市政府函為「變更乙特定區計畫案」。
                """);
        assertThat(titles(m)).containsExactly("甲縣政府函為「變更甲都市計畫(部分農業區為道路用地)案」",
                "乙市政府函為「變更乙特定區計畫案」");
    }

    @Test
    void aProposersLineIsAFieldOfTheItem() {
        ImportedMinutes m = parse("""
                某大學性別平等教育委員會會議紀錄
                一、時間:112年11月1日中午12時
                二、地點:行政大樓會議室
                三、主席:吳主任委員
                四、提案討論:
                案由一:性平會執行秘書改由主任秘書擔任案。
                提案人:學務長
                說明:依上次會議決議為:由學務長擔任。
                """);
        assertThat(titles(m)).containsExactly("性平會執行秘書改由主任秘書擔任案");
        assertThat(decisions(m)).isEmpty();
    }

    @Test
    void officersNamedWithoutASentenceDoNotEndTheHeader() {
        ImportedMinutes m = parse("""
                某議會委員會召集委員會議議事錄
                時 間:中華民國112年3月1日(星期三)
                地 點:第一會議室
                出席召集委員:王大同 李小華
                主任秘書:陳明
                紀 錄:科長 林美玲 專員 張志強
                討 論 事 項
                一、推舉召集委員一人擔任紀律委員,請議決案。
                決議:由王召集委員擔任。
                """);
        assertThat(m.recorder()).isEqualTo("科長 林美玲 專員 張志強");
        assertThat(titles(m)).containsExactly("推舉召集委員一人擔任紀律委員,請議決案");
    }

    @Test
    void aMeetingOfSeveralSittingsHasNoSingleEndTime() {
        ImportedMinutes m = parse("""
                某議會第3次會議議事錄
                時  間 中華民國112年10月6日(星期五)上午9時至10時5分、10時20分至12時、下午2時30分至5時
                地  點 本會議場
                主  席 王議長
                討 論 事 項
                一、本會預算案,請審議案。
                決議:照案通過。
                """);
        assertThat(m.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(m.endTime()).isNull();
    }

    @Test
    void theDeputyOnTheLineBelowTheChairIsASecondChair() {
        ImportedMinutes m = parse("""
                某縣議會第19屆第2次定期大會議事錄
                地  點 議事廳
                主  席 林議長大明
                黃副議長小芳
                秘 書 長 張三
                時  間 中華民國112年4月7日(星期五)上午9時
                討 論 事 項
                一、本會組織規程修正案,請審議案。
                決議:照案通過。
                """);
        assertThat(m.chair()).isEqualTo("林議長大明 黃副議長小芳");
    }

    @Test
    void billsNumberedWithoutDelimitersInOneRunOnParagraph() {
        ImportedMinutes m = parse("""
                某鄉民代表會第3次臨時會議事錄
                壹、開會紀錄 一、開會時間:民國112年6月1日二、開會地點:本會議事廳三、出席人:林代表甲、王代表乙,計2名。四、主席:林主席甲五、紀錄:組員陳丙六、宣告開會:(另載)七、一讀會:(另載)  1 茲訂定「某鄉公有市場管理自治條例」草案,請審議。(一讀會)。2茲修正「某鄉清潔隊組織規程」第3條,請審議。(一讀會)。 3請審議某鄉112年度追加預算案
                """);
        assertThat(titles(m)).containsExactly("茲訂定「某鄉公有市場管理自治條例」草案,請審議。(一讀會)",
                "茲修正「某鄉清潔隊組織規程」第3條,請審議。(一讀會)", "請審議某鄉112年度追加預算案");
    }

    @Test
    void aDecisionPointingToATableDropsTheTableCellsRunIntoIt() {
        ImportedMinutes m = parse("""
                某審議委員會第8次會議紀錄
                時間:112年1月5日下午2時
                地點:本部會議室
                主席:王召集人 紀錄:李專員
                提案
                案由一:審議補助申請案件
                決議:審議結果統計如下表,審議結果詳如附件一審議結果符合補助要件不符補助要件待補件共計案件別新申請案復審案總計
                """);
        assertThat(decisions(m)).containsExactly("審議結果統計如下表,審議結果詳如附件一");
    }
}
