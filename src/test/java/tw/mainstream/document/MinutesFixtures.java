package tw.mainstream.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import javax.imageio.ImageIO;
import tw.mainstream.shared.time.RocDates;

/** Documents equivalent to the real minutes in shared/examples/minutes. */
public final class MinutesFixtures {

    public static final LocalDateTime NIA_MEETING = LocalDateTime.of(2022, 7, 25, 14, 30);

    private MinutesFixtures() {
    }

    /** 內政部移民署 111 年性別平等工作小組第 1 次會議紀錄 (nia-111-1.txt). */
    public static OfficialDocument nia() {
        return OfficialDocument.builder()
                .title("內政部移民署", "111 年性別平等工作小組第 1 次會議紀錄")
                .field("時間", rocDateTime(NIA_MEETING))
                .field("地點", "本署 10 樓第 1 會議室")
                .field("主席", "林副署長興春")
                .field("紀錄", "曾筠苓")
                .field("出(列)席人員", "詳如簽到表")
                .add(Section.of("宣布開會"),
                        Section.of("主席致詞：（略）"),
                        followUp(),
                        reports(),
                        Section.of("臨時動議：無。"),
                        Section.of("主席結論", Paragraph.of("本次會議所提各項執行情形如有尚未完成者，請各業管單位落實執行，"
                                + "目前疫情趨勢逐漸緩解，各單位在遵守防疫規範同時，亦請努力達成相關事項，俾使本署性別平等工作臻於至善。")),
                        Section.of("散會：" + RocDates.formatTime(LocalTime.of(15, 40)) + "。"))
                .build();
    }

    private static Section followUp() {
        return Section.of("本署 110 年性別平等工作小組第 2 次會議決議辦理情形。",
                Section.of("有關「內政部性別平等推動計畫（111 至 114 年）（草案）」研擬部會層級議題及相關資料案，"
                                + "業經國境事務大隊依委員建議，修正該大隊所提部會層級議題「提升外來人口性別平等觀念」相關內容，"
                                + "並經內政部 110 年 12 月 30 日函訂定。",
                        Paragraph.lead("決議：", "解除列管。")),
                Section.of("有關本署性平專題報告：「移民署協助失聯移工懷孕或攜子婦女安置機制」案，業經國際及執法事務組"
                                + "依委員建議，研議相關精進措施及以其他管道積極爭取相關補助。",
                        Paragraph.lead("委員發言要點：", ""),
                        new Remark(null, "委員意見", "有關懷孕失聯移工之安置，能否瞭解實務上安置情形。"),
                        new Remark("國際及執法事務組", "代表", "相關數據於會後再行彙整提供委員參考。"),
                        new Remark(null, "委員意見", "", List.of(new PointList(2, List.of(
                                PointList.Point.of("因本案尚有與其他部會聯繫作業，建議賡續列管，並請加強論述和其他部會聯繫作為情形。"),
                                PointList.Point.of("有關安置處所因無法限制人身自由，而有再次失聯風險一節，提升硬體設施能否助於防止移工再次失聯？"
                                        + "又安排適當人力陪同安置個案外出部分，是否落實執行？"),
                                PointList.Point.of("關於失聯移工無法由就業安定基金補助醫療費用一節，請詳實說明爭取過程及後續結果。"))))),
                        new Remark("國際及執法事務組", "代表", "有關提升硬體設施，係因目前安置處所圍牆空間較為開放，"
                                + "爰就環境硬體設施再予提升；並於其外出時加派人力陪同，以降低再次失聯風險。"),
                        Paragraph.lead("決議：", "請彙整相關數據送委員參考，並依委員意見賡續辦理，於下次會議再次報告辦理情形。")));
    }

    private static Section reports() {
        return Section.of("報告事項：",
                Section.of("有關「行政院性別平等會相關重要決定（議）事項內政部辦理情形表」本署辦理情形等 4 案",
                        Paragraph.lead("說明：", ""),
                        new PointList(3, List.of(
                        PointList.Point.of("「行政院性別平等會相關重要決定（議）事項內政部辦理情形表」案：涉及本署業務部分為持續追蹤列管"
                                + "同性婚姻合法化等議題，業經移民事務組填報辦理情形。"),
                        PointList.Point.of("「行政院性別平等重要議題內政部辦理情形表（111 年 1 月至 6 月）」案：涉及本署業務部分，"
                                + "業經移民事務組及秘書室填報辦理情形。"),
                        PointList.Point.of("110 年度內政部主管公務預算及附屬單位預算性別預算執行情形案：業經移民事務組、移民資訊組、"
                                + "主計室及南區事務大隊填報性別預算執行情形。"),
                        PointList.Point.of("112 年度內政部主管公務預算及附屬單位預算性別預算編列情形（概算）案：業經移民事務組、"
                                + "移民資訊組、主計室及南區事務大隊填報性別預算編列情形。"))),
                        Paragraph.lead("委員發言要點：", ""),
                        new Remark(null, "委員意見", "有關同性婚姻合法化一案，如雙方均為同性婚姻合法化國家之外籍同性伴侶，如何在臺辦理結婚登記？"),
                        new Remark("移民事務組", "代表", "", List.of(new PointList(2, List.of(
                                PointList.Point.of("有關「結婚登記」部分：戶籍機關雖受理其結婚登記並給予結婚證書，但未統計相關數據。"),
                                new PointList.Point("有關「註記」權責部分：", List.of(
                                        PointList.Point.of("戶政機關係受理雙方為本國人或其中一方為非同性婚姻合法化國家之外國人的註記申請。"),
                                        PointList.Point.of("本署則受理雙方為非同性婚姻合法化國家之外國人的註記申請。"))),
                                PointList.Point.of("辦理「註記」之效益：目前同性伴侶註記之效益，係用於緊急醫療、社會福利及警政單位等緊急需求。"))))),
                        Paragraph.lead("決議：", "洽悉，並請各業管單位賡續辦理。")),
                Section.of("本署性平專題報告：（報告單位：移民資訊組）",
                        Paragraph.lead("說明：", ""),
                        new PointList(3, List.of(
                                PointList.Point.of("依據本署 109 年性別平等工作小組第 1 次會議報告事項決議，本次輪由移民資訊組報告。"),
                                PointList.Point.of("報告題目：「如何運用資訊協助各單位業務規劃納入性別統計」。"))),
                        Paragraph.lead("委員發言要點：", ""),
                        new Remark(null, "委員意見", "本案報告內貴署「大數據分析平臺」舉例部分未提及出入境人次、外僑居留停人數等數據，能否瞭解實際狀況？"),
                        new Remark("移民資訊組", "代表", "本報告因時間有限，簡報中僅以大陸地區來臺人民分析為例，委員所提資料均可於本署「大數據分析平臺」選取檢視。"),
                        Paragraph.lead("決議：", "請移民資訊組參考委員意見，賡續辦理相關事宜。")));
    }

    /** The follow-up table of 臺北市政府資訊局 105 年第 2 次會議 with an embedded picture. */
    public static OfficialDocument taipeiFollowUp() {
        Table table = new Table("性別平等專案小組決議列管事項執行情形",
                List.of("會議日期", "內容說明或裁(指)示事項", "執行情形", "備註", "是否解列"),
                List.of(List.of(RocDates.formatShort(LocalDate.of(2015, 10, 12)),
                                "調整本屆「臺北市智慧城市委員會」委員名單性別比例，提高女性成員比。(綜合企劃組)",
                                "預計於下一季召開「臺北智慧城市委員會」前完成增聘作業。",
                                "104/12/28 主席裁示請辦理增聘 2 名女性委員。", "否"),
                        List.of(RocDates.formatShort(LocalDate.of(2015, 12, 28)),
                                "同意於臺北市府資料開放平台上規劃加註「性別友善」標籤。(系統發展組)",
                                "已於平臺上相關資料集標註性別平等標籤，目前共 19 筆性別平等相關資料集。\n以私立托嬰中心為例，連結及圖片如下：",
                                "105/3/25 性平辦建議改以「性別平等」標籤標註。", "是")),
                List.of(12, 34, 28, 18, 8));
        return OfficialDocument.builder()
                .title("臺北市政府資訊局性別平等專案小組 105 年第 2 次會議紀錄")
                .field("時間", rocDateTime(LocalDateTime.of(2016, 9, 21, 14, 0)))
                .field("地點", "臺北市政府資訊局東南區機房作業準備區")
                .field("主持人", "陳主任秘書O敏")
                .field("記錄", "徐O嫩")
                .add(Section.of("議案內容",
                        Section.of("報告案 1、性別平等專案小組決議列管事項執行情形", table,
                                new Image(png(), "image/png", "臺北市資料開放平臺私立托嬰中心資料集頁面，標示性別平等標籤"),
                                new Remark("吳O麗", "委員", "下一季「臺北智慧城市委員會」召開時間為何？"),
                                Paragraph.lead("主席裁示：", "洽悉。"))))
                .build();
    }

    /** A small real PNG (a blue box with a white bar). */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 80, 160));
        g.fillRect(0, 0, 160, 90);
        g.setColor(Color.WHITE);
        g.fillRect(20, 35, 120, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 「111 年 7 月 25 日（星期一）下午 2 時 30 分」, as the documents write a meeting's time. */
    static String rocDateTime(LocalDateTime at) {
        return RocDates.formatWithWeekday(at.toLocalDate()) + RocDates.formatTime(at.toLocalTime());
    }
}
