package tw.mainstream.statistics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.statistics.opendata.Sheet;

class ReadersTest {

    static final String CSV = "年度,職等,性別,人數\r\n111,\"簡任, 第10職等\",男,10\r\n";

    RawSheet csv(byte[] bytes) {
        return SheetReader.read("staff.csv", new ByteArrayInputStream(bytes));
    }

    @Test
    void readsUtf8WithAndWithoutBom() {
        RawSheet plain = csv(CSV.getBytes(StandardCharsets.UTF_8));
        byte[] bom = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
        RawSheet withBom = csv(bom);
        assertThat(plain.encoding()).isEqualTo("UTF-8");
        assertThat(withBom.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(withBom.header()).containsExactly("年度", "職等", "性別", "人數");
        assertThat(withBom.rows().get(0).cells()).containsExactly("111", "簡任, 第10職等", "男", "10");
        assertThat(withBom.rows().get(0).number()).isEqualTo(2);
    }

    @Test
    void detectsBig5() {
        RawSheet sheet = csv(CSV.getBytes(Charset.forName("Big5")));
        assertThat(sheet.encoding()).isEqualTo("Big5");
        assertThat(sheet.header()).containsExactly("年度", "職等", "性別", "人數");
        assertThat(sheet.rows().get(0).cells().get(2)).isEqualTo("男");
    }

    @Test
    void bytesValidInNeitherEncodingAreReportedOnTheirRow() {
        byte[] good = "年度,性別,人數\n111,男,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'1', '1', '1', ',', (byte) 0xFF, (byte) 0xFF, ',', '2', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        RawSheet sheet = csv(all);
        ImportCheck check = ImportChecker.check(sheet, ColumnMapping.guess(sheet), "人數");
        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, ImportProblem.Kind.ENCODING));
    }

    @Test
    void readsXlsx() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = book.createSheet("人事");
            s.createRow(0).createCell(0).setCellValue("年度");
            s.getRow(0).createCell(1).setCellValue("男");
            s.getRow(0).createCell(2).setCellValue("女");
            s.createRow(1).createCell(0).setCellValue(111);
            s.getRow(1).createCell(1).setCellValue(12);
            s.getRow(1).createCell(2).setCellValue(1234);
            book.write(out);
            RawSheet sheet = SheetReader.read("a.xlsx", new ByteArrayInputStream(out.toByteArray()));
            assertThat(sheet.header()).containsExactly("年度", "男", "女");
            assertThat(sheet.rows().get(0).cells()).containsExactly("111", "12", "1234");
            assertThat(ColumnMapping.guess(sheet)).containsExactly(ColumnRole.YEAR, ColumnRole.MALE, ColumnRole.FEMALE);
        }
    }

    @Test
    void readsOdsWrittenByOdfdom() {
        byte[] ods = SpreadsheetFiles.ods(List.of(new Sheet("資料", List.of("年度", "職等", "性別", "人數"),
                List.of(List.of("111", "簡任", "女", "7"), List.of("2022", "薦任", "男", "1500")), 3).data()));
        RawSheet sheet = SheetReader.read("a.ods", new ByteArrayInputStream(ods));
        assertThat(sheet.encoding()).isEqualTo("ODS");
        assertThat(sheet.header()).containsExactly("年度", "職等", "性別", "人數");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(1).cells()).containsExactly("2022", "薦任", "男", "1500");
    }

    @Test
    void unknownOrDamagedFilesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> SheetReader.read("a.pdf", new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(UnreadableFileException.class).hasMessage("statistics.import.error.type");
        assertThatThrownBy(() -> SheetReader.read("a.xlsx", new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(UnreadableFileException.class).hasMessage("statistics.import.error.damaged");
    }
}
