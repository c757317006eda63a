package tw.mainstream.meeting.demo;

import static tw.mainstream.meeting.AgendaItemKind.FOLLOW_UP;
import static tw.mainstream.meeting.AgendaItemKind.REPORT;
import static tw.mainstream.meeting.AgendaItemKind.SPECIAL_REPORT;
import static tw.mainstream.meeting.ResolutionKind.RESOLUTION;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.meeting.domain.AgendaItem;
import tw.mainstream.meeting.domain.Meeting;

/**
 * 移民署: the 110-2 meeting whose resolutions open the tracked items ({@link #history}), then — once
 * the units have reported — the 111-1 meeting of the example ({@link #meeting1111}), whose follow-up
 * entries are generated from those items and decided as the minutes say (一 解除列管, 二 賡續列管).
 */
@Component
class NiaDemo {

    private static final String PLACE = "本署 10 樓第 1 會議室";
    private static final String BASIS = "本署 109 年性別平等工作小組第 1 次會議報告事項決議";
    private final DemoMeetings d;

    NiaDemo(DemoMeetings d) {
        this.d = d;
    }

    /** Both phases, for a task force without the tracking demo in between (tests). */
    void load(TaskForceView tf) {
        history(tf);
        meeting1111(tf);
    }

    /** 110-1 and 110-2 with the rotation of the special report; confirming 110-2 opens its tracked items. */
    void history(TaskForceView tf) {
        List<Long> order = List.of("國際及執法事務組", "移民資訊組", "移民事務組", "國境事務大隊", "秘書室").stream()
                .map(n -> d.committee.unitByName(tf.agencyId(), n).map(u -> u.id()).orElse(null))
                .filter(Objects::nonNull).toList();
        meeting1101(tf);
        d.agenda.setRotation(tf.id(), tf.agencyId(), BASIS, order, DemoMeetings.LOADER);
        meeting1102(tf);
    }

    /** The year's first meeting, only so that the next one is 110 年第 2 次 as in the example. */
    private void meeting1101(TaskForceView tf) {
        Meeting m = d.schedule(tf.id(), LocalDate.of(2021, 6, 21), LocalTime.of(14, 30), PLACE, null, "曾筠苓",
                MeetingStyle.SECTIONS);
        d.removeFixed(m, AgendaItemKind.CONFIRM_PREVIOUS);
        d.noteAttendance(m, "詳如簽到表");
        d.close(m, LocalTime.of(15, 30), null, null);
    }

    private void meeting1102(TaskForceView tf) {
        Meeting m = d.schedule(tf.id(), LocalDate.of(2021, 12, 20), LocalTime.of(14, 30), PLACE, null, "曾筠苓",
                MeetingStyle.SECTIONS);
        d.removeFixed(m, AgendaItemKind.CONFIRM_PREVIOUS);
        d.allPresent(m);
        Long plan = d.add(m, REPORT, "「內政部性別平等推動計畫(111 至 114 年)(草案)」研擬部會層級議題及相關資料案", null, "國境事務大隊", 1);
        d.resolve(m, plan, RESOLUTION, ResolutionOutcome.AMENDED,
                "修正通過，請國境事務大隊依委員建議，修正所提部會層級議題「提升外來人口性別平等觀念」相關內容。", "國境事務大隊", false);
        AgendaItem special = d.item(m, SPECIAL_REPORT, 0);
        d.edit(m, special, "本署性平專題報告：「移民署協助失聯移工懷孕或攜子婦女安置機制」", special.getExplanation());
        d.resolve(m, special.getId(), RESOLUTION, ResolutionOutcome.CONTINUED,
                "請國際及執法事務組依委員建議，研議相關精進措施及以其他管道積極爭取相關補助，並於下次會議報告辦理情形。",
                "國際及執法事務組", false);
        d.close(m, LocalTime.of(16, 0), null, null);
    }

    /** The example's meeting: its follow-up section comes from the open tracked items and their reports. */
    void meeting1111(TaskForceView tf) {
        Meeting m = d.schedule(tf.id(), LocalDate.of(2022, 7, 25), LocalTime.of(14, 30), PLACE, null, "曾筠苓",
                MeetingStyle.SECTIONS);
        d.noteAttendance(m, "詳如簽到表");
        d.removeFixed(m, AgendaItemKind.CONFIRM_PREVIOUS);
        d.allPresent(m);
        followUps(m);
        reports(m);
        special(m);
        d.close(m, LocalTime.of(15, 40), null, "本次會議所提各項執行情形如有尚未完成者，請各業管單位落實執行，目前疫情趨勢逐漸緩解，"
                + "各單位在遵守防疫規範同時，亦請努力達成相關事項，俾使本署性別平等工作臻於至善。");
    }

    /** The generated entries, written as one paragraph each as in the minutes, and decided. */
    private void followUps(Meeting m) {
        AgendaItem first = d.item(m, FOLLOW_UP, 0);
        asOneParagraph(m, first);
        d.decide(m, first, ResolutionOutcome.CLOSED, "解除列管。");
        AgendaItem second = d.item(m, FOLLOW_UP, 1);
        Long id = second.getId();
        asOneParagraph(m, second);
        d.member(m, id, null, "有關懷孕失聯移工之安置，能否瞭解實務上安置情形。");
        d.speaks(m, id, SpeakerKind.UNIT, "國際及執法事務組代表", "相關數據於會後再行彙整提供委員參考。");
        d.member(m, id, null, String.join("\n",
                "因本案尚有與其他部會聯繫作業，建議賡續列管，並請加強論述和其他部會聯繫作為情形。",
                "有關安置處所因無法限制人身自由，而有再次失聯風險一節，提升硬體設施能否助於防止移工再次失聯？又安排適當人力陪同安置個案外出部分，"
                        + "是否落實執行？建議考慮執行各項措施達成之目的，具體呈現辦理方式。",
                "關於失聯移工無法由就業安定基金補助醫療費用一節，提及貴署將持續向勞動部爭取由上開基金挹注經費，請詳實說明爭取過程及後續結果。"));
        d.speaks(m, id, SpeakerKind.UNIT, "國際及執法事務組代表", "有關提升硬體設施，係因目前安置處所圍牆空間較為開放，"
                + "為免委託經營之民間團體未及注意而使失聯移工攀爬逃逸，爰就環境硬體設施再予提升；另如經評估安置個案需加強關懷輔導者，"
                + "安置處所人員將對其多加留意，並於其外出時加派人力陪同，以降低再次失聯風險。");
        d.decide(m, d.item(m, FOLLOW_UP, 1), ResolutionOutcome.CONTINUED,
                "請彙整相關數據送委員參考，並依委員意見賡續辦理，於下次會議再次報告辦理情形。");
    }

    /** 「有關…案，業經…。」: the entry's title and the unit's report (說明) in one paragraph. */
    private void asOneParagraph(Meeting m, AgendaItem entry) {
        if (entry.getExplanation() != null) {
            d.edit(m, entry, entry.getSubject() + "，" + entry.getExplanation(), null);
        }
    }

    private void reports(Meeting m) {
        Long id = d.add(m, REPORT, "有關「行政院性別平等會相關重要決定(議)事項內政部辦理情形表」本署辦理情形等 4 案。", String.join("\n",
                "「行政院性別平等會相關重要決定(議)事項內政部辦理情形表」案：涉及本署業務部分為持續追蹤列管同性婚姻合法化等議題，業經移民事務組填報辦理情形。",
                "「行政院性別平等重要議題內政部辦理情形表(111 年 1 月至 6 月)」案：涉及本署業務部分，業經移民事務組及秘書室填報辦理情形。",
                "110 年度內政部主管公務預算及附屬單位預算性別預算執行情形案：涉及本署業管預算部分，業經移民事務組、移民資訊組、主計室及南區事務大隊填報性別預算執行情形。",
                "112 年度內政部主管公務預算及附屬單位預算性別預算編列情形(概算)案：涉及本署業管預算部分，業經移民事務組、移民資訊組、主計室及南區事務大隊填報性別預算編列情形。"),
                "移民事務組", 4);
        d.member(m, id, null, "有關同性婚姻合法化一案，如雙方均為同性婚姻合法化國家之外籍同性伴侶，如何在臺辦理結婚登記？"
                + "另如雙方均為非同性婚姻合法化國家之外籍同性伴侶，又如何辦理登記或註記？");
        d.speaks(m, id, SpeakerKind.UNIT, "移民事務組代表", String.join("\n",
                "有關「結婚登記」部分：經與內政部戶政司確認，如雙方均為同性婚姻合法化國家之外籍同性伴侶，因兩者在臺均無戶籍，戶籍機關雖受理其結婚登記並給予結婚證書，但未統計相關數據。",
                "有關「註記」權責部分：",
                "  戶政機關係受理雙方為本國人或其中一方為非同性婚姻合法化國家之外國人的註記申請。",
                "  本署則受理雙方為非同性婚姻合法化國家之外國人，或其中一方為非同性婚姻合法化國家之外國人的註記申請。",
                "辦理「註記」之效益：目前同性伴侶註記之效益，係用於緊急醫療、社會福利及警政單位等緊急需求。"));
        d.resolve(m, id, RESOLUTION, ResolutionOutcome.NOTED, "洽悉，並請各業管單位賡續辦理。", null, false);
    }

    private void special(Meeting m) {
        AgendaItem item = d.item(m, SPECIAL_REPORT, 0);
        Long id = item.getId();
        d.edit(m, item, "本署性平專題報告", item.getExplanation().replace("報告題目：", "報告題目：「如何運用資訊協助各單位業務規劃納入性別統計」。"));
        d.member(m, id, null, "本案報告內貴署「大數據分析平臺」舉例部分未提及出入境人次、外僑居留停人數等數據，能否瞭解實際狀況？");
        d.speaks(m, id, SpeakerKind.UNIT, "移民資訊組代表", "本報告因時間有限，簡報中僅以大陸地區來臺人民分析為例，委員所提資料均可於本署「大數據分析平臺」選取檢視。");
        d.member(m, id, null, "大數據分析是近年發展的重要趨勢，建議本專案可再明確闡述大數據分析之目的，以助於貴署未來業務執行及政策規劃；"
                + "另想請教貴署採用之分析方法、程式語言，及對系統人員教育訓練之情形？");
        d.speaks(m, id, SpeakerKind.UNIT, "移民資訊組代表", "本署「大數據分析平臺」係透過資料間關聯，並連結顯示於系統儀表板，以直覺方式呈現，"
                + "與早期使用 Java 等程式語言不同；另本署於 109 年至 111 年間陸續辦理多場教育訓練，培養本署各大隊使用該系統之種子教師。"
                + "未來將持續研議將該系統更加貼近業務單位及使用者需要。");
        d.resolve(m, id, RESOLUTION, ResolutionOutcome.OTHER, "請移民資訊組參考委員意見，賡續辦理相關事宜。", "移民資訊組", false);
    }
}
