package tw.mainstream.search.bench;

import java.util.List;

/** Phrases of Taiwanese government gender-equality paperwork that the corpus is composed from. */
public final class PhrasePools {

    public static final List<String> UNITS = List.of("移民資訊組", "秘書室", "人事室", "主計室", "政風室", "法制室",
            "國境事務大隊", "南區事務大隊", "北區事務大隊", "中區事務大隊", "國際及執法事務組", "移民事務組",
            "綜合規劃組", "社會福利科", "兒童及少年福利科", "家庭暴力防治科", "婦幼警察隊", "教育訓練中心");

    public static final List<String> TOPICS = List.of("同性伴侶註記", "同性婚姻合法化", "婚姻移民輔導", "性別預算",
            "性別統計", "性別分析", "托育", "公共托育家園", "育嬰留職停薪", "失聯移工安置", "失聯移工懷孕或攜子婦女安置",
            "性別影響評估", "性別意識培力", "性騷擾防治", "家庭暴力防治", "新住民家庭照顧", "外來人口性別平等觀念",
            "哺集乳室設置", "女性參與決策", "性別平等推動計畫", "多元性別友善措施", "跟蹤騷擾防制", "人口販運被害人保護",
            "身心障礙女性就業", "高齡婦女健康照顧", "性別主流化實施計畫", "CEDAW宣導", "友善職場措施", "性別比例三分之一原則",
            "志願服務性別統計", "原住民族婦女培力", "數位性別暴力防治", "單親家庭扶助", "新住民子女教育", "性別平等教育");

    public static final List<String> ACTIONS = List.of("函請各單位", "業已", "持續", "賡續", "研議", "規劃", "辦理", "督導",
            "彙整", "檢討", "修正", "增修", "協調", "宣導", "追蹤", "委託研究", "召開會議研商", "編列經費推動");

    public static final List<String> OBJECTS = List.of("相關數據", "執行情形", "精進措施", "實施計畫", "作業要點", "宣導活動",
            "教育訓練課程", "統計資料", "成果報告", "經費", "檢核表", "問卷調查", "服務流程", "補助機制");

    public static final List<String> RESULTS = List.of("已如期完成", "執行率達百分之九十五", "參訓人數計1,245人次",
            "女性比率提升至百分之四十二", "已於網站公開", "計辦理場次12場", "尚在辦理中", "預計於下半年完成",
            "已送委員參考", "業經簽奉核定", "已納入年度計畫", "經費執行率百分之八十七");

    public static final List<String> REMARKS = List.of("建議加強論述和其他部會聯繫作為情形",
            "請詳實說明爭取過程及後續結果", "建議考慮執行各項措施達成之目的，具體呈現辦理方式",
            "請彙整相關數據送委員參考", "建議納入性別觀點並檢視執行成效", "請補充按性別區分之統計資料",
            "能否瞭解實務上安置情形", "建議於下次會議再次報告辦理情形");

    public static final List<String> MEMBERS = List.of("陳怡敏", "林志明", "黃淑芬", "張家豪", "李美玲", "王建國", "吳佩珊",
            "劉俊傑", "蔡宜君", "楊雅婷", "許文彬", "鄭惠如", "謝宗翰", "郭淑惠", "洪嘉玲");

    public static final List<String> DECISIONS = List.of("決議：解除列管。", "決議：繼續列管。", "決議：賡續列管，並請加強辦理。",
            "決議：洽悉，解除列管。", "主席裁示：請依委員意見賡續辦理，於下次會議再次報告辦理情形。");

    public static final List<String> PROPOSALS = List.of("建議解除列管。", "建議繼續列管。", "建議賡續列管。");

    private PhrasePools() {
    }
}
