package tw.mainstream.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Column widths fitted to the content: dates and short headings keep their line, long text gets the rest. */
class ColumnFitTest {

    private static final List<String> HEADER = List.of("會議日期", "內容說明或裁(指)示事項", "執行情形", "備註", "是否解列");

    @Test
    void datesAndShortHeadingsKeepTheirWidthAndTextColumnsShareTheRest() {
        String long1 = "配合本局推動開放資料政策，同意於臺北市府資料開放平台上規劃加註「性別友善」標籤，並依結論總表作為請各局處提供資料之依據。";
        Table table = new Table(null, HEADER, List.of(
                List.of("104/10/12", long1, "已於平臺上相關資料集標註性別平等標籤，目前共 19 筆性別平等相關資料集。", "105/3/25 性平辦建議改以標籤標註。", "")));
        double[] widths = table.widthFractions();
        double line = ColumnFit.LINE_EM;
        assertThat(widths[0] * line).as("the date on one line").isGreaterThanOrEqualTo(ColumnFit.width("104/10/12"));
        assertThat(widths[4] * line).as("是否解列 on one line").isGreaterThanOrEqualTo(ColumnFit.width("是否解列"));
        assertThat(widths[1]).isGreaterThan(widths[2]).isGreaterThan(widths[0]);
        assertThat(widths[0] + widths[1] + widths[2] + widths[3] + widths[4]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void givenWeightsAreKept() {
        Table table = new Table(null, List.of("a", "b"), List.of(List.of("x", "y")), List.of(1, 3));
        assertThat(table.widthFractions()).containsExactly(0.25, 0.75);
    }
}
