package tw.mainstream.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void typedNumbersAreReplacedNotDoubled() {
        var points = Points.number("一、請各單位提供資料。\n二、下次會議報告。\n三、其他。", 1);
        assertThat(points).extracting(Points.Point::label).containsExactly("一、", "二、", "三、");
        assertThat(points).extracting(Points.Point::text).containsExactly("請各單位提供資料。", "下次會議報告。", "其他。");
    }

    @Test
    void typedSubLevelsBecomeSubPoints() {
        var points = Points.number("一、總說明\n（一）第一點\n(二)第二點\n二、結語", 1);
        assertThat(points).extracting(Points.Point::depth).containsExactly(0, 1, 1, 0);
        assertThat(points).extracting(Points.Point::label).containsExactly("一、", "(一)", "(二)", "二、");
        assertThat(points.get(2).text()).isEqualTo("第二點");
    }

    @Test
    void untypedLinesKeepIndentationAndNumbersInTextStay() {
        var points = Points.number("預算 1.5 億元\n  細項\n2026.12 完成", 1);
        assertThat(points).extracting(Points.Point::depth).containsExactly(0, 1, 0);
        assertThat(points.get(0).text()).isEqualTo("預算 1.5 億元");
        assertThat(points.get(2).text()).isEqualTo("2026.12 完成");
    }
}
