package tw.mainstream.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineClassifierTest {

    private static Line line(String text) {
        return LineClassifier.classify(0, text, false);
    }

    @Test
    void markers() {
        assertThat(line("壹、 時間：105 年 9 月 21 日").marker()).isEqualTo(new Marker(Marker.Type.FORMAL, 1, "壹、", null));
        assertThat(line("十二、其他").marker()).isEqualTo(new Marker(Marker.Type.CHINESE, 12, "十二、", null));
        assertThat(line("（三）說明文字").marker()).isEqualTo(new Marker(Marker.Type.PAREN_CHINESE, 3, "（三）", null));
        assertThat(line("(2) 建議").marker()).isEqualTo(new Marker(Marker.Type.PAREN_ARABIC, 2, "(2)", null));
        assertThat(line("3. 建議").marker()).isEqualTo(new Marker(Marker.Type.ARABIC, 3, "3.", null));
        assertThat(line("報告案 2、3 本局性別預算").marker())
                .isEqualTo(new Marker(Marker.Type.LABELED, 2, "報告案 2、3", "報告案"));
        assertThat(line("臨時動議二、性別駭客松分享").marker())
                .isEqualTo(new Marker(Marker.Type.LABELED, 2, "臨時動議二、", "臨時動議"));
        assertThat(line("104/10/12 主席裁示").marker()).isNull();
        assertThat(line("99.3.30 會議").marker()).isNull();
    }

    @Test
    void kinds() {
        assertThat(line("主持人：陳主任秘書 O 敏 記錄：徐 O 嫩").kind()).isEqualTo(LineKind.HEADER);
        assertThat(line("參、主持人：陳主任秘書 O 敏").kind()).isEqualTo(LineKind.HEADER);
        assertThat(line("肆、報告事項：").kind()).isEqualTo(LineKind.SECTION);
        assertThat(line("伍、臨時動議：無。").content()).isEqualTo("無。");
        assertThat(line("參、本署 110 年性別平等工作小組第 2 次會議決議辦理情形。").label()).isEqualTo("FOLLOW_UP");
        assertThat(line("主席致詞：（略）").kind()).isEqualTo(LineKind.SECTION);
        assertThat(line("決議：照案通過。").kind()).isEqualTo(LineKind.RESOLUTION);
        assertThat(line("主席裁示：洽悉。").label()).isEqualTo("主席裁示");
        assertThat(line("委員發言要點：").kind()).isEqualTo(LineKind.REMARKS_HEADING);
        assertThat(line("吳委員 O 麗：建議可增加職等之欄位。").kind()).isEqualTo(LineKind.SPEAKER);
        assertThat(line("移民事務組代表：").kind()).isEqualTo(LineKind.SPEAKER);
        assertThat(line("說明：").kind()).isEqualTo(LineKind.FIELD);
        assertThat(line("以私立托嬰中心為例，連結及圖片如下：").kind()).isEqualTo(LineKind.TEXT);
        assertThat(line("會議日期\t內容\t執行情形").kind()).isEqualTo(LineKind.TABLE_ROW);
    }

    @Test
    void navigationTextIsDropped() {
        assertThat(TextCleaner.clean("首頁 > 性別主流化專區 > 會議紀錄\n回上一頁\n友善列印\n瀏覽人次：1234\n時間：111 年 7 月 25 日"))
                .extracting(TextCleaner.CleanLine::text).containsExactly("時間：111 年 7 月 25 日");
    }
}
