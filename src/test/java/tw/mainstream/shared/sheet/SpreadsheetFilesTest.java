package tw.mainstream.shared.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpreadsheetFilesTest {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final List<SheetData> sheets = List.of(
            new SheetData("性別預算", List.of("單位", "編列數", "執行數", "填報日"), List.of(
                    Arrays.asList("移民事務組", 1_250_000, 1_100_500.5, LocalDate.of(2022, 7, 25)),
                    Arrays.asList("主計室", 80_000L, null, LocalDate.of(2022, 7, 26)))),
            new SheetData("列管事項", List.of("項次", "是否解列"), List.of(List.of(1, true), List.of(2, false))));

    @Test
    void xlsxKeepsNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SpreadsheetFiles.xlsx(sheets)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet budget = workbook.getSheet("性別預算");
            assertThat(budget.getRow(0).getCell(1).getStringCellValue()).isEqualTo("編列數");
            assertThat(budget.getRow(0).getCell(1).getCellStyle().getFontIndex()).isNotZero();
            assertThat(budget.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1_250_000);
            assertThat(budget.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1_100_500.5);
            assertThat(budget.getRow(1).getCell(3).getStringCellValue()).isEqualTo("111/7/25");
            assertThat(budget.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(workbook.getSheet("列管事項").getRow(1).getCell(1).getBooleanCellValue()).isTrue();
        }
    }

    @Test
    void odsKeepsNumbersAsFloatCells() throws Exception {
        byte[] bytes = SpreadsheetFiles.ods(sheets);
        try (OdfSpreadsheetDocument ods = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(bytes))) {
            assertThat(ods.getContentDom().getElementsByTagNameNS(TABLE, "table").getLength()).isEqualTo(2);
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var content = factory.newDocumentBuilder().parse(new ByteArrayInputStream(ods.getPackage().getBytes("content.xml")));
            NodeList tables = content.getElementsByTagNameNS(TABLE, "table");
            assertThat(tables.getLength()).isEqualTo(2);
            Element budget = (Element) tables.item(0);
            assertThat(budget.getAttributeNS(TABLE, "name")).isEqualTo("性別預算");
            NodeList rows = budget.getElementsByTagNameNS(TABLE, "table-row");
            assertThat(rows.getLength()).isEqualTo(3);
            assertThat(rows.item(0).getTextContent()).isEqualTo("單位編列數執行數填報日");
            Element amount = (Element) ((Element) rows.item(1)).getElementsByTagNameNS(TABLE, "table-cell").item(1);
            assertThat(amount.getAttributeNS(OFFICE, "value-type")).isEqualTo("float");
            assertThat(Double.parseDouble(amount.getAttributeNS(OFFICE, "value"))).isEqualTo(1_250_000);
            Element date = (Element) ((Element) rows.item(1)).getElementsByTagNameNS(TABLE, "table-cell").item(3);
            assertThat(date.getTextContent()).isEqualTo("111/7/25");
            assertThat(ods.getOfficeMetadata().getGenerator()).isEqualTo("Mainstream");
            assertThat(ods.getOfficeMetadata().getTitle()).isEqualTo("性別預算");
        }
    }

    @Test
    void csvWritesNumbersAsWritten() {
        String csv = new String(SpreadsheetFiles.csv(new SheetData("人數", List.of("年", "女", "比率", "金額"),
                List.of(List.of(111, 62.0, 0.375, new java.math.BigDecimal("1500.50"))))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF年,女,比率,金額\r\n111,62,0.375,1500.50\r\n");
    }

    @Test
    void rejectsEmptyWorkbooksAndOverlongRows() {
        assertThatThrownBy(() -> SpreadsheetFiles.xlsx(List.of())).hasMessageContaining("at least one sheet");
        assertThatThrownBy(() -> new SheetData("x", List.of("a"), List.of(List.of(1, 2))))
                .hasMessageContaining("more cells than the header");
    }
}
