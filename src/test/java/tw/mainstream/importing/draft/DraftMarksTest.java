package tw.mainstream.importing.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.mainstream.committee.UnitView;
import tw.mainstream.importing.ExampleMinutes;
import tw.mainstream.importing.MinutesImporter;

/**
 * The two example minutes as drafts: the structure in the meeting module's terms, and the fields
 * marked 待確認 — what the importer did not find or had to guess, and unit names not of the agency.
 */
class DraftMarksTest {
    static final AgencyUnits NIA = units("移民事務組", "國際及執法事務組", "國境事務大隊", "移民資訊組", "秘書室", "人事室",
            "主計室", "南區事務大隊");
    static final AgencyUnits DOIT = units("綜合企劃組", "應用服務組", "系統發展組", "設備網路組", "秘書室", "人事室",
            "會計室", "政風室", "法務");

    static AgencyUnits units(String... names) {
        long id = 1;
        List<UnitView> list = new java.util.ArrayList<>();
        for (String n : names) {
            list.add(new UnitView(id++, 1L, n));
        }
        return new AgencyUnits(list);
    }

    @Test
    void niaDraftInMeetingTerms() {
        DraftContent c = DraftFactory.from(ExampleMinutes.minutes("nia-111-1.txt")).content();
        assertThat(c.date).isEqualTo("111/7/25");
        assertThat(c.startTime).isEqualTo("14:30");
        assertThat(c.endTime).isEqualTo("15:40");
        assertThat(c.sequence).isEqualTo("1");
        assertThat(c.layout).isEqualTo("SECTIONS");
        assertThat(c.openingRemarks).as("（略）").isNull();
        assertThat(c.attendance.note).isEqualTo("詳如簽到表");
        assertThat(c.items).extracting(i -> i.kind).as("臨時動議：無 is no item")
                .containsExactly("FOLLOW_UP", "REPORT", "SPECIAL_REPORT");
        assertThat(c.items.get(0).resolutions).extracting(r -> r.label, r -> r.outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESOLUTION", "CLOSED"),
                        org.assertj.core.groups.Tuple.tuple("RESOLUTION", null));
        assertThat(c.items.get(2).resolutions.get(0).leadUnit).isEqualTo("移民資訊組");
    }

    @Test
    void niaMarksWhatTheTextLeavesOpen() {
        DraftFactory.Result r = DraftFactory.from(ExampleMinutes.minutes("nia-111-1.txt"));
        Set<String> marks = NeedsChecking.of(r.content(), r.uncertain(), NIA);
        assertThat(marks).containsExactlyInAnyOrder(
                "items[0].resolutions[1].outcome",
                "items[2].resolutions[0].outcome");
        assertThat(DraftValidator.forMeeting(r.content(), NIA)).isEmpty();
    }

    @Test
    void taipeiDraftHasTheFollowUpRowsWithTheirUnits() {
        DraftContent c = DraftFactory.from(ExampleMinutes.minutes("taipei-doit-105-2.txt")).content();
        assertThat(c.layout).isEqualTo("CASES");
        assertThat(c.place).isEqualTo("臺北市府資訊局 東南區機房作業準備區");
        assertThat(c.placeDetail).isEqualTo("臺北市信義區市府路 1 號 10 樓南區");
        assertThat(c.attendance.present.lines()).hasSize(13).startsWith("吳 O 光委員");
        assertThat(c.attendance.observers.lines()).containsExactly("蔡 O 玄", "劉 O 涵");
        assertThat(c.items.get(0).rows).extracting(row -> row.date, row -> row.unit, row -> row.closed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("104/10/12", "綜合企劃組", null),
                org.assertj.core.groups.Tuple.tuple("104/12/28", "系統發展組", null));
        assertThat(c.items.get(0).rows.get(0).content).endsWith("提高女性成員比。");
        assertThat(c.items.get(0).resolutions.get(0).label).isEqualTo("RULING");
    }

    @Test
    void taipeiMarksOutcomesNotStatedAndUnitsNotOfTheAgency() {
        DraftFactory.Result r = DraftFactory.from(ExampleMinutes.minutes("taipei-doit-105-2.txt"));
        Set<String> marks = NeedsChecking.of(r.content(), r.uncertain(), DOIT);
        assertThat(marks).contains("items[1].resolutions[0].outcome", "items[6].resolutions[0].outcome")
                .doesNotContain("items[0].resolutions[0].outcome", "items[0].rows[0].unit", "date", "chair",
                        "items[5].resolutions[0].leadUnit");
        Set<String> elsewhere = NeedsChecking.of(r.content(), r.uncertain(), NIA);
        assertThat(elsewhere).as("綜合企劃組 is no unit of 移民署")
                .contains("items[0].rows[0].unit", "items[0].rows[1].unit");
        assertThat(DraftValidator.forMeeting(r.content(), NIA)).containsKey("items[0].rows[0].unit");
    }

    @Test
    void missingAndContradictedFieldsAreMarked() {
        String text = String.join("\n", "某機關性別平等專案小組 112 年第 1 次會議紀錄", "時間：112 年 3 月 8 日（星期五）",
                "地點：第一會議室", "壹、報告事項", "一、性別統計辦理情形", "決議：請統計室繼續列管。");
        DraftFactory.Result r = DraftFactory.from(MinutesImporter.importText("x.txt", text).minutes());
        Set<String> marks = NeedsChecking.of(r.content(), r.uncertain(), NIA);
        assertThat(marks).as("8 March 2023 was a Wednesday; no time, chair or recorder printed; 統計室 unknown")
                .contains("date", "startTime", "endTime", "chair", "recorder", "items[0].resolutions[0].leadUnit")
                .doesNotContain("title", "place", "items[0].resolutions[0].outcome");
    }

    @Test
    void validatorGivesAMessagePerField() {
        DraftContent c = DraftFactory.from(ExampleMinutes.minutes("nia-111-1.txt")).content();
        c.date = "111/13/40";
        c.startTime = "25:00";
        c.items.get(1).title = " ";
        c.items.get(2).resolutions.get(0).leadUnit = "不存在組";
        assertThat(DraftValidator.forDraft(c, NIA)).containsOnlyKeys("date", "startTime");
        assertThat(DraftValidator.forMeeting(c, NIA)).containsOnlyKeys("date", "startTime", "items[1].title",
                "items[2].resolutions[0].leadUnit");
        assertThat(DraftValidator.forMeeting(c, NIA).get("items[2].resolutions[0].leadUnit").args())
                .containsExactly("不存在組");
    }
}
