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

/**
 * Forms met in published minutes of government bodies (the second holdout of the corpus): letter-spaced PDF
 * text, records quoted in the body, procedural lines numbered like items, resolutions after a lead-in, agenda
 * titles without numbers, meetings reported in a sentence. Each test is written in words other than the
 * corpus files', so that it checks the rule and not one file.
 */
class GovernmentFormsTest {

    private static ImportedMinutes parse(String text) {
        ImportResult result = MinutesImporter.importText("t.txt", text);
        assertThat(result.isOk()).as(String.valueOf(result.error())).isTrue();
        return result.minutes();
    }

    private static java.util.List<String> titles(ImportedMinutes m) {
        return m.items().stream().map(ImportedItem::title).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void letterSpacedTextIsReadAsWords() {
        assertThat(LetterSpacing.collapse("報 告 事 項")).isEqualTo("報告事項");
        assertThat(LetterSpacing.collapse("時 間 :105 年 3 月 8 日 上 午 10 時")).isEqualTo("時間:105年3月8日上午10時");
        // a list of names is not letter spaced: most words have several characters
        assertThat(LetterSpacing.collapse("王小明 李大華 陳 一 張美玲 林志成")).isEqualTo("王小明 李大華 陳 一 張美玲 林志成");
        assertThat(LetterSpacing.collapse("使 用 Amoxicillin 及 Diclofenac 治 療")).isEqualTo("使用 Amoxicillin 及 Diclofenac 治療");
    }

    @Test
    void aLetterSpacedPdfRunsItsHeaderTogetherWithoutCommas() {
        ImportedMinutes m = parse("""
                1 某 部 審 議 委 員 會 第 35 次 會 議 紀 錄 壹 時 間 :105 年 3 月 8 日 上 午 10 時 貳 地 點 : 本 部 3 樓 會 議 室 \
                參 主 席 : 陳 主 任 委 員 大 同 紀 錄 : 李 小 華 肆 出 席 委 員 : 王 一 二 伍 討 論 事 項 案 由 一 : 審 議 補 助 \
                申 請 案 說 明 : 本 次 申 請 案 共 計 3 件 符 合 規 定 者 2 件 不 符 規 定 者 1 件 經 初 審 後 提 會 決 議 : 照 案 通 過 \
                陸 散 會 : 同 日 上 午 11 時 30 分
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2016, 3, 8));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(m.place()).isEqualTo("本部3樓會議室");
        assertThat(m.chair()).isEqualTo("陳主任委員大同");
        assertThat(m.recorder()).isEqualTo("李小華");
        assertThat(titles(m)).containsExactly("審議補助申請案");
        assertThat(m.items().get(0).resolutions()).extracting(r -> r.text()).containsExactly("照案通過");
    }

    @Test
    void numberedHeaderFieldsRunTogetherOnOneLine() {
        ImportedMinutes m = parse("""
                某鄉民代表會臨時會議事錄
                一、開會時間:民國109年3月2日二、開會地點:本會議事廳三、出席人:王代表、李代表四、主席:張副主席五、紀錄:課員林君六、司儀:陳君七、秘書報告出缺席人數:(另載)
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(m.place()).isEqualTo("本會議事廳");
        assertThat(m.chair()).isEqualTo("張副主席");
        assertThat(m.recorder()).isEqualTo("課員林君");
    }

    @Test
    void proceduralLinesAreNoItems() {
        ImportedMinutes m = parse("""
                某協會第2次會員大會會議紀錄
                時間：112年4月1日下午2時
                地點：協會會議室
                主席：王理事長
                紀錄：李幹事
                一、13:30-14:00報到
                二、14:00 會議開始
                三、理事長致詞：感謝各位會員出席。
                四、宣讀上次會員大會會議紀錄
                五、年度工作計畫，請討論。
                決議：照案通過。
                六、散會
                """);
        assertThat(titles(m)).containsExactly("年度工作計畫，請討論");
        assertThat(m.openingRemarks()).contains("感謝各位會員出席");
    }

    @Test
    void aConfirmationThatWasDecidedOnStaysAnItem() {
        ImportedMinutes m = parse("""
                某局性別平等專案小組會議紀錄
                時間：112年4月1日下午2時
                一、確認上次會議紀錄
                決定：確認。
                二、年度計畫，請討論。
                決議：照案通過。
                """);
        assertThat(titles(m)).containsExactly("確認上次會議紀錄", "年度計畫，請討論");
    }

    @Test
    void aResolutionAfterALeadInIsCutFromTheItem() {
        ImportedMinutes m = parse("""
                某委員會第5次會議紀錄
                時間：112年4月1日下午2時
                一、本會秘書處報告：年度工作檢討會議定於明年一月舉行案。經本會決定：准予備查。
                二、本會業務組報告：委員名單案。亦經大會決議：(一)名單准予備查。(二)請業務組通知各委員。
                """);
        assertThat(titles(m)).containsExactly("本會秘書處報告：年度工作檢討會議定於明年一月舉行案", "本會業務組報告：委員名單案");
        assertThat(m.items().get(0).resolutions()).extracting(r -> r.text()).containsExactly("准予備查。");
        assertThat(m.items().get(1).resolutions().get(0).text().replace("\n", ""))
                .isEqualTo("(一)名單准予備查。(二)請業務組通知各委員。");
    }

    @Test
    void unnumberedAgendaTitlesAreFoundByTheirEnding() {
        ImportedMinutes m = parse("""
                某議會委員會第3次全體委員會議紀錄
                時  間 中華民國112年5月3日(星期三)9時至12時
                地  點 本會第一會議室
                主  席 王委員大明
                報 告 事 項
                邀請環境部部長列席報告業務概況，並備質詢。
                邀請交通部部長就鐵路安全進行專題報告，並備質詢。
                主席：請部長報告，時間為十分鐘。
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 5, 3));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(m.chair()).isEqualTo("王委員大明");
        assertThat(titles(m)).containsExactly("邀請環境部部長列席報告業務概況，並備質詢",
                "邀請交通部部長就鐵路安全進行專題報告，並備質詢");
    }

    @Test
    void numberedItemsContinueAfterTheChairSpeaks() {
        ImportedMinutes m = parse("""
                某議會第5次會議紀錄
                時間 中華民國112年5月3日(星期三)上午10時
                地點 本會議場
                報告事項
                一、宣讀上次會議議事錄。
                主席：上次會議議事錄並無錯誤或遺漏之處，議事錄確定。
                二、王議員等5人擬具「某自治條例修正草案」，請審議案。
                主席：請問大會，照程序委員會意見處理，有無異議？(無)無異議，通過。
                三、李議員等3人擬具「某自治條例草案」，請審議案。
                """);
        assertThat(titles(m)).containsExactly("王議員等5人擬具「某自治條例修正草案」，請審議案",
                "李議員等3人擬具「某自治條例草案」，請審議案");
    }

    @Test
    void aRecordQuotedInTheBodyGivesNoItems() {
        ImportedMinutes m = parse("""
                某議會委員會第8次全體委員會議紀錄
                時  間 中華民國112年5月10日(星期三)9時
                地  點 本會第二會議室
                主  席 陳委員小明
                報 告 事 項
                一、宣讀上次會議議事錄。
                某議會委員會第7次全體委員會議議事錄
                時  間:中華民國112年5月3日(星期三)上午9時
                地  點:本會第二會議室
                主  席:王委員大同
                紀  錄:科長 林一
                討 論 事 項
                一、審查某法草案案。
                決定:另定期繼續審查。
                """);
        assertThat(m.chair()).isEqualTo("陳委員小明");
        assertThat(m.recorder()).isNull();
        assertThat(titles(m)).isEmpty();
        assertThat(m.items().stream().flatMap(i -> i.resolutions().stream())).isEmpty();
    }

    @Test
    void aMeetingReportedInASentenceGivesItsPlaceChairAndTimeForChecking() {
        ImportedMinutes m = parse("""
                跳到主要內容區塊
                某院第二屆第五次會議於本(九十)年三月六日上午十時,在本院會議廳舉行,由王 院長大同親自主持。
                日期:90-03-06
                一、本院秘書處報告:年度工作計畫案。經本院會決定:准予備查。
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2001, 3, 6));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(m.place()).isEqualTo("本院會議廳");
        assertThat(m.chair()).isEqualTo("王院長大同");
        assertThat(m.uncertainFields()).contains("place", "chair", "startTime");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "並於9月舉行公聽會。",
        "本案於下午2時召開說明會。",
    })
    void aTimeIsNoPlace(String sentence) {
        ImportedMinutes m = parse("某委員會會議紀錄\n時間：112年4月1日\n" + sentence + "\n一、年度計畫，請討論。\n");
        assertThat(m.place()).isNull();
    }

    @Test
    void theChairSpeakingUnderTheHeaderEndsTheHeader() {
        ImportedMinutes m = parse("""
                某學會第一次幹部會議紀錄
                時間:94年9月27日下午4時
                主席:王小明
                紀錄:李小華
                主席:此次會議由幹部所發起,提出會長不適任建議案。
                原因為:
                1. 會長未將訊息告知幹部加以討論。
                2. 幹部對會長的領導方式無法繼續支持。
                """);
        assertThat(m.chair()).isEqualTo("王小明");
        assertThat(titles(m)).isEmpty();
    }
}
