package tw.mainstream.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 內政部移民署 111 年性別平等工作小組第 1 次會議紀錄, checked field by field against the text. */
class NiaMinutesImportTest {
    private final ImportedMinutes m = ExampleMinutes.minutes("nia-111-1.txt");

    @Test
    void header() {
        assertThat(m.title()).isEqualTo("111 年性別平等工作小組第 1 次會議紀錄");
        assertThat(m.agency()).isEqualTo("內政部移民署");
        assertThat(m.year()).isEqualTo(111);
        assertThat(m.sequence()).isEqualTo(1);
        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 7, 25));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(15, 40));
        assertThat(m.place()).isEqualTo("本署 10 樓第 1 會議室");
        assertThat(m.chair()).isEqualTo("林副署長興春");
        assertThat(m.recorder()).isEqualTo("曾筠苓");
        assertThat(m.openingRemarks()).isEqualTo("(略)");
        assertThat(m.uncertainFields()).isEmpty();
    }

    @Test
    void attendanceIsOnTheSignInSheet() {
        Attendance a = m.attendance();
        assertThat(a.present()).isEmpty();
        assertThat(a.excused()).isEmpty();
        assertThat(a.proxies()).isEmpty();
        assertThat(a.observers()).isEmpty();
        assertThat(a.note()).isEqualTo("詳如簽到表");
    }

    @Test
    void items() {
        assertThat(m.items()).extracting(ImportedItem::kind, ImportedItem::label, ImportedItem::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ItemKind.FOLLOW_UP, "參、",
                        "本署 110 年性別平等工作小組第 2 次會議決議辦理情形"),
                org.assertj.core.groups.Tuple.tuple(ItemKind.REPORT, "一、",
                        "有關「行政院性別平等會相關重要決定(議)事項內政部辦理情形表」本署辦理情形等 4 案"),
                org.assertj.core.groups.Tuple.tuple(ItemKind.SPECIAL_REPORT, "二、", "本署性平專題報告"));
        assertThat(m.items().get(2).reportingUnit()).isEqualTo("移民資訊組");
    }

    @Test
    void followUpKeepsTheQuotedResolutionsOfTheEarlierMeeting() {
        ImportedItem followUp = m.items().get(0);
        assertThat(followUp.resolutions()).containsExactly(
                new ImportedResolution("決議", "解除列管。", ResolutionOutcome.CLOSED, null, List.of()),
                new ImportedResolution("決議", "請彙整相關數據送委員參考，並依委員意見賡續辦理，於下次會議再次報告辦理情形。",
                        null, null, List.of()));
        assertThat(followUp.explanation()).startsWith("一、有關「內政部性別平等推動計畫(111 至 114 年)(草案)」")
                .contains("\n二、有關本署性平專題報告:「移民署協助失聯移工懷孕或攜子婦女安置機制」案")
                .endsWith("積極爭取相關補助。");
        assertThat(followUp.remarks()).extracting(Remark::speaker)
                .containsExactly("委員", "國際及執法事務組代表", "委員", "國際及執法事務組代表");
        assertThat(followUp.remarks().get(2).text()).startsWith("一、因本案尚有與其他部會聯繫作業")
                .contains("\n二、有關安置處所").contains("\n三、關於失聯移工無法由就業安定基金補助醫療費用一節");
    }

    @Test
    void reportResolutions() {
        assertThat(m.items().get(1).resolutions()).containsExactly(
                new ImportedResolution("決議", "洽悉，並請各業管單位賡續辦理。", ResolutionOutcome.NOTED, null, List.of()));
        assertThat(m.items().get(2).resolutions()).containsExactly(
                new ImportedResolution("決議", "請移民資訊組參考委員意見，賡續辦理相關事宜。", null, "移民資訊組", List.of()));
        assertThat(m.items()).hasSize(3); // 伍、臨時動議：無 is no item
    }

    @Test
    void numberedPointsInsideRemarksDoNotStartItems() {
        ImportedItem report = m.items().get(1);
        assertThat(report.remarks()).extracting(Remark::speaker).containsExactly("委員", "移民事務組代表");
        assertThat(report.remarks().get(1).text()).startsWith("一、有關「結婚登記」部分")
                .contains("\n二、有關「註記」權責部分：\n(一) 戶政機關").endsWith("警政單位等緊急需求。");
    }

    @Test
    void explanationJoinsALineBrokenInsideAWord() {
        assertThat(m.items().get(1).explanation().split("\n")).hasSize(4);
        assertThat(m.items().get(1).explanation())
                .contains("業經移民事務組、移民資訊組、主計室及南區事務大隊填報性別預算編列情形。");
        assertThat(m.items().get(2).explanation())
                .isEqualTo("(一) 依據本署 109 年性別平等工作小組第 1 次會議報告事項決議，本次輪由移民資訊組報告。\n"
                        + "(二) 報告題目：「如何運用資訊協助各單位業務規劃納入性別統計」。");
    }

    @Test
    void chairConclusion() {
        assertThat(m.chairConclusion()).isEqualTo("本次會議所提各項執行情形如有尚未完成者，請各業管單位落實執行，"
                + "目前疫情趨勢逐漸緩解，各單位在遵守防疫規範同時，亦請努力達成相關事項，俾使本署性別平等工作臻於至善。");
    }
}
