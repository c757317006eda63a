package tw.mainstream.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 臺北市府資訊局性別平等專案小組 105 年第 2 次會議紀錄: numbered header, 報告案 items, a follow-up table. */
class TaipeiMinutesImportTest {
    private final ImportedMinutes m = ExampleMinutes.minutes("taipei-doit-105-2.txt");

    @Test
    void header() {
        assertThat(m.title()).isEqualTo("臺北市府資訊局性別平等專案小組 105 年第 2 次會議紀錄");
        assertThat(m.agency()).isEqualTo("臺北市府資訊局");
        assertThat(m.uncertainFields()).containsExactly("agency");
        assertThat(m.year()).isEqualTo(105);
        assertThat(m.sequence()).isEqualTo(2);
        assertThat(m.date()).isEqualTo(LocalDate.of(2016, 9, 21));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(15, 10));
        assertThat(m.place()).isEqualTo("臺北市府資訊局 東南區機房作業準備區（臺北市信義區市府路 1 號 10 樓南區）");
        assertThat(m.chair()).isEqualTo("陳主任秘書 O 敏");
        assertThat(m.recorder()).isEqualTo("徐 O 嫩");
        assertThat(m.openingRemarks()).isNull();
        assertThat(m.chairConclusion()).isNull();
    }

    @Test
    void attendance() {
        assertThat(m.attendance().present()).containsExactly("吳 O 光委員", "嚴 O 鸞委員", "吳 O 麗委員", "王 O 宜委員",
                "黃 O 煌委員", "白 O 峯委員", "吳 O 駿委員", "徐 O 蓮委員", "陳 O 芊委員", "靳 O 欣委員", "黃 O 聚委員",
                "楊 O 茹委員", "麥 O 銘委員");
        assertThat(m.attendance().observers()).containsExactly("蔡 O 玄", "劉 O 涵");
        assertThat(m.attendance().excused()).isEmpty();
        assertThat(m.attendance().proxies()).isEmpty();
        assertThat(m.attendance().note()).isNull();
    }

    @Test
    void items() {
        assertThat(m.items()).extracting(ImportedItem::kind, ImportedItem::label, ImportedItem::title).containsExactly(
                tuple(ItemKind.FOLLOW_UP, "報告案 1、", "性別平等專案小組決議列管事項執行情形"),
                tuple(ItemKind.REPORT, "報告案 2、3", "本局性別主流化政策修正草案及本局性別專案小組委員異動案"),
                tuple(ItemKind.REPORT, "報告案 4、", "本局性別預算案"),
                tuple(ItemKind.REPORT, "報告案 5、", "本局新移民數位課程分享"),
                tuple(ItemKind.REPORT, "報告案 6、", "本局性別培力課程分享"),
                tuple(ItemKind.EXTEMPORE, "臨時動議一、", "本局員工性別統計資訊放置性別主流專區"),
                tuple(ItemKind.EXTEMPORE, "臨時動議二、", "性別駭客松分享"));
    }

    @Test
    void resolutions() {
        assertThat(m.items()).extracting(i -> i.resolutions()).containsExactly(
                List.of(new ImportedResolution("主席裁示", "洽悉。", ResolutionOutcome.NOTED, null, List.of())),
                List.of(new ImportedResolution("主席裁示", "請於會後重新與性平辦討論調整。", null, null, List.of())),
                List.of(new ImportedResolution("主席裁示", "爾後性別預算請加入上述項目及本會議之專家學者出席費。", null, null,
                        List.of())),
                List.of(new ImportedResolution("主席裁示", "請依委員建議規劃未來課程。", null, null, List.of())),
                List.of(new ImportedResolution("主席裁示", "請納入未來辦理考量，提供同仁更適宜的訓練課程。", null, null,
                        List.of())),
                List.of(new ImportedResolution("決議", "請人事室與綜企組依性平辦與委員建議辦理。", null, "人事室",
                        List.of("綜企組"))),
                List.of(new ImportedResolution("決議", "請於下次會議安排報告。", null, null, List.of())));
    }

    @Test
    void followUpTable() {
        ImportedItem followUp = m.items().get(0);
        assertThat(followUp.tableHeader()).containsExactly("會議日期", "內容說明或裁(指)示事項", "執行情形", "備註", "是否解列");
        assertThat(followUp.tableRows()).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(5));
        assertThat(followUp.tableRows().get(0)).containsExactly("104/10/12",
                "調整本屆「臺北市智慧城市委員會」委員名單性別比例，提高女性成員比。(綜合企劃組)",
                "預計於下一季召開「臺北智慧城市委員會」前完成增聘作業。",
                "104/12/28 主席裁示請辦理「臺北智慧城市委員會」增聘 2 名女性委員，建請吳委員嘉麗提供委員推薦名單。", "");
        assertThat(followUp.tableRows().get(1).get(0)).isEqualTo("104/12/28");
        assertThat(followUp.tableRows().get(1).get(2)).isEqualTo(
                "已於平臺上相關資料集標註性別平等標籤，目前共 19 筆性別平等相關資料集。 以私立托嬰中心為例，連結及圖片如下：");
        assertThat(followUp.explanation()).isNull();
    }

    @Test
    void remarksBySpeaker() {
        assertThat(m.items()).extracting(i -> i.remarks().stream().map(Remark::speaker).toList()).containsExactly(
                List.of("吳委員 O 麗"),
                List.of("性別平等辦公室"),
                List.of("性別平等辦公室"),
                List.of("吳委員 O 麗", "嚴委員 O 鸞"),
                List.of("吳委員 O 麗", "嚴委員 O 鸞", "吳委員 O 光"),
                List.of("性別平等辦公室", "吳委員 O 麗"),
                List.of("性別平等辦公室"));
        assertThat(m.items().get(1).remarks().get(0).text()).startsWith("(1) 請參考本府").contains("\n(2) 依本府");
        assertThat(m.items().get(2).remarks().get(0).text())
                .isEqualTo("建議局內性別培力課程經費、員工育嬰留職停薪所聘請職務代理人之費用，可納入性別預算項目。");
    }
}
