package tw.mainstream.statistics.microdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PivotCsvTest {

    @Test
    void writesHeaderRowsTotalsAndShares() {
        PivotResult result = new PivotResult("d", List.of("nationality"), List.of("國籍"), "sex", "性別",
                List.of("男", "女"),
                List.of(new PivotRow(List.of("日本"), List.of(1L, 2L), 3, 2, 1),
                        new PivotRow(List.of("A, \"B\""), List.of(3L, 0L), 3, 0, 3)),
                List.of(4L, 2L), 6, 2, 4);

        String csv = PivotCsv.toCsv(result);

        assertThat(csv).startsWith("\uFEFF").isEqualTo("\uFEFF國籍,男,女,合計,女性比率(%)\r\n"
                + "日本,1,2,3,66.7\r\n"
                + "\"A, \"\"B\"\"\",3,0,3,0.0\r\n"
                + "合計,4,2,6,33.3\r\n");
    }

    @Test
    void defusesFormulasButKeepsNegativeNumbers() {
        assertThat(PivotCsv.escape("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(PivotCsv.escape("@SUM")).isEqualTo("'@SUM");
        assertThat(PivotCsv.escape("-12")).isEqualTo("-12");
        assertThat(PivotCsv.escape("65+")).isEqualTo("65+");
    }
}
