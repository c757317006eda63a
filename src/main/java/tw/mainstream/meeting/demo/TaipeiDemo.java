package tw.mainstream.meeting.demo;

import static tw.mainstream.meeting.AgendaItemKind.EXTEMPORE;
import static tw.mainstream.meeting.AgendaItemKind.FOLLOW_UP;
import static tw.mainstream.meeting.AgendaItemKind.REPORT;
import static tw.mainstream.meeting.ResolutionKind.RESOLUTION;
import static tw.mainstream.meeting.ResolutionKind.RULING;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.domain.NameCategory;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.meeting.domain.Meeting;

/**
 * 資訊局: the meetings of 104/10/12 and 104/12/28 whose rulings open the two tracked items of the
 * example's table ({@link #history}), then 105 年第 2 次 ({@link #meeting1052}), laid out as 報告案 /
 * 臨時動議, whose 列管事項執行情形 table is generated from the open items and their reports. Only what
 * the example tells of the earlier meetings is entered: the date, the ruling and its unit.
 */
@Component
class TaipeiDemo {

    private static final String OFFICE = "性別平等辦公室";
    static final String RATIO = "調整本屆「臺北市智慧城市委員會」委員名單性別比例，提高女性成員比。";
    static final String TAG = "配合本局推動開放資料政策，同意於臺北市府資料開放平台上規劃加註「性別友善」標籤，並依台北市女性權益促進委員會"
            + "「性別友善宜居城市」結論總表，作為請各局處提供資料之依據。";
    private final DemoMeetings d;

    TaipeiDemo(DemoMeetings d) {
        this.d = d;
    }

    /** Both phases, for a task force without the tracking demo in between (tests). */
    void load(TaskForceView tf) {
        history(tf);
        meeting1052(tf);
    }

    /** 104/10/12 opens the 綜合企劃組 item; 104/12/28 keeps it (主席裁示) and opens the 系統發展組 item. */
    void history(TaskForceView tf) {
        Meeting first = earlier(tf, 3, LocalDate.of(2015, 10, 12));
        Long ratio = d.add(first, REPORT, "臺北市智慧城市委員會委員名單性別比例", null, null, 1);
        d.resolve(first, ratio, RULING, ResolutionOutcome.OTHER, RATIO, "綜合企劃組", false);
        d.confirm(first, null);

        Meeting second = earlier(tf, 4, LocalDate.of(2015, 12, 28));
        var table = d.item(second, FOLLOW_UP, 0);
        var row = d.rows(table).get(0);
        d.content.editRow(second.getId(), row.getId(), row.getVersion(), row.getProgress(),
                "主席裁示請辦理「臺北智慧城市委員會」增聘 2 名女性委員，建請吳委員嘉麗提供委員推薦名單。", false,
                DemoMeetings.LOADER);
        Long tag = d.add(second, REPORT, "臺北市府資料開放平台加註性別標籤", null, null, 1);
        d.resolve(second, tag, RULING, ResolutionOutcome.OTHER, TAG, "系統發展組", false);
        d.confirm(second, null);
    }

    private Meeting earlier(TaskForceView tf, int sequence, LocalDate date) {
        Meeting m = d.scheduleNumbered(tf.id(), sequence, date, null, null, null, null, MeetingStyle.CASES);
        d.removeFixed(m, AgendaItemKind.ANNOUNCE, AgendaItemKind.CHAIR_REMARKS, AgendaItemKind.CONFIRM_PREVIOUS);
        if (sequence == 3) {
            d.removeFixed(m, FOLLOW_UP);
        }
        return m;
    }

    /** 105 年第 2 次 as in the example; its follow-up table lists the two open items, decided by the chair's 洽悉. */
    void meeting1052(TaskForceView tf) {
        Meeting m = d.scheduleNumbered(tf.id(), 2, LocalDate.of(2016, 9, 21), LocalTime.of(14, 0),
                "臺北市府資訊局 東南區機房作業準備區", "臺北市信義區市府路 1 號 10 樓南區", "徐O嫩", MeetingStyle.CASES);
        d.removeFixed(m, AgendaItemKind.ANNOUNCE, AgendaItemKind.CHAIR_REMARKS, AgendaItemKind.CONFIRM_PREVIOUS);
        d.allPresent(m);
        d.attendance.addObserver(m.getId(), "蔡O玄", "臺北市性別平等辦公室視察", NameCategory.MEMBER_OFFICIAL, DemoMeetings.LOADER);
        d.attendance.addObserver(m.getId(), "劉O涵", "綜合企劃組助理設計師", NameCategory.STAFF, DemoMeetings.LOADER);
        followUp(m);
        reports(m);
        extempore(m);
        d.close(m, LocalTime.of(15, 10), null, null);
    }

    private void followUp(Meeting m) {
        Long id = d.item(m, FOLLOW_UP, 0).getId();
        d.member(m, id, "吳O麗", "下一季「臺北智慧城市委員會」召開時間為何？");
        d.resolve(m, id, RULING, ResolutionOutcome.NOTED, "洽悉。", null, false);
    }

    private void reports(Meeting m) {
        Long policy = d.add(m, REPORT, "本局性別主流化政策修正草案及本局性別專案小組委員異動案", null, null, 2);
        d.speaks(m, policy, SpeakerKind.OFFICE, OFFICE, String.join("\n",
                "請參考本府「各機關落實性別主流化暨推展性別平等工作總計畫(105-108)」，補充有關於「落實性別主流化工具」等實施說明。",
                "依本府「各機關落實性別主流化暨推展性別平等工作總計畫(105-108)」政策，請考量性別議題聯絡人是否為均為基層主管擔任。"));
        d.resolve(m, policy, RULING, ResolutionOutcome.OTHER, "請於會後重新與性平辦討論調整。", null, false);
        Long budget = d.add(m, REPORT, "本局性別預算案", null, null, 1);
        d.speaks(m, budget, SpeakerKind.OFFICE, OFFICE, "建議局內性別培力課程經費、員工育嬰留職停薪所聘請職務代理人之費用，可納入性別預算項目。");
        d.resolve(m, budget, RULING, ResolutionOutcome.OTHER, "爾後性別預算請加入上述項目及本會議之專家學者出席費。", null, false);
        Long digital = d.add(m, REPORT, "本局新移民數位課程分享", null, null, 1);
        d.member(m, digital, "吳O麗", "建議可考量是否可以結合托育服務，與其他局處共同合作等，發揮最大效益。\n建議可追蹤學員之學習成效，是否有實際應用所學技能。");
        d.member(m, digital, "嚴O鸞", "數位落差部分除新移民外，可多元考慮其他原住民、弱勢族群。另內湖區公所近期辦理新移民輔導成果卓越，可與之洽詢了解。\n"
                + "應考量「職業上課」之情況，找出真正資源缺乏、需要幫助的對象，建議與民政局、勞工局等已有辦理相關課程之機關進行資源連結合作，資訊局則可主力於課程內容安排設計。");
        d.resolve(m, digital, RULING, ResolutionOutcome.OTHER, "請依委員建議規劃未來課程。", null, false);
        Long training = d.add(m, REPORT, "本局性別培力課程分享", null, null, 1);
        d.member(m, training, "吳O麗", "此次議題較有爭議性，例如同性戀、通姦除罪化等，如僅是單向上課了解此知識較為可惜，鼓勵同仁間可以更深度的互相交換彼此意見，"
                + "嘗試找出共識，也建議課程中可增長討論時間。");
        d.member(m, training, "嚴O鸞", "課程名為「性別訓練主流化基礎課程」，然而討論的議題卻較為複雜。建議未來辦理此類「基礎」訓練課程時，"
                + "可以多方研究考量生活化或與公務體系相關之議題，提升同仁性別文化敏感度，對於未來市民數位課程設計規劃也會有所幫助。");
        d.member(m, training, "吳O光", "因性別主流政策已推之有年，基礎課程建議可改由線上課程學習，此類在職訓練可與公務結合，例如：性別影響評估、"
                + "性別預算等，透過專題幫助同仁從業務(資訊)領域中看見性別議題。");
        d.resolve(m, training, RULING, ResolutionOutcome.OTHER, "請納入未來辦理考量，提供同仁更適宜的訓練課程。", null, false);
    }

    private void extempore(Meeting m) {
        Long stats = d.add(m, EXTEMPORE, "本局員工性別統計資訊放置性別主流專區", null, null, 1);
        d.speaks(m, stats, SpeakerKind.OFFICE, OFFICE, "建議可跟人事資料同步，每年更新一次即可。");
        d.member(m, stats, "吳O麗", "建議可增加職等之欄位。");
        d.resolve(m, stats, RESOLUTION, ResolutionOutcome.OTHER, "請人事室與綜企組依性平辦與委員建議辦理。", "人事室", false);
        Long hackathon = d.add(m, EXTEMPORE, "性別駭客松分享", null, null, 1);
        d.speaks(m, hackathon, SpeakerKind.OFFICE, OFFICE, "前次會議提及資訊局亦有參與 code for gender 之駭客松活動，希望能有相關成果分享。");
        d.resolve(m, hackathon, RESOLUTION, ResolutionOutcome.OTHER, "請於下次會議安排報告。", null, true);
    }
}
