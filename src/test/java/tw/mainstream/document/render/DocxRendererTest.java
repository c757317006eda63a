package tw.mainstream.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import tw.mainstream.document.MinutesFixtures;

class DocxRendererTest {

    private final DocxRenderer renderer = new DocxRenderer();

    @Test
    void niaMinutesReadBackWithHeadingsAndFonts() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.render(MinutesFixtures.nia())))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).startsWith("內政部移民署", "111 年性別平等工作小組第 1 次會議紀錄",
                    "時間：111 年 7 月 25 日（星期一）下午 2 時 30 分", "地點：本署 10 樓第 1 會議室");
            assertThat(texts).contains("出(列)席人員：詳如簽到表", "壹、宣布開會", "肆、報告事項：", "柒、散會：下午 3 時 40 分。",
                    "決議：解除列管。", "說明：", "委員發言要點：", "移民事務組代表：");
            assertThat(texts).anyMatch(t -> t.startsWith("（一）「行政院性別平等會相關重要決定（議）事項內政部辦理情形表」案"));
            assertThat(texts).anyMatch(t -> t.startsWith("（一）戶政機關係受理"));
            assertThat(texts).anyMatch(t -> t.startsWith("二、有關「註記」權責部分："));

            XWPFParagraph title = paragraphs.get(0);
            assertThat(title.getStyle()).isEqualTo("Title");
            XWPFParagraph heading = paragraphs.stream().filter(p -> p.getText().equals("肆、報告事項：")).findFirst().orElseThrow();
            assertThat(heading.getStyle()).isEqualTo("Heading1");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            XWPFParagraph item = paragraphs.stream().filter(p -> p.getText().startsWith("一、有關「行政院")).findFirst().orElseThrow();
            assertThat(item.getStyle()).isEqualTo("Heading2");
            // points are body text, not headings, and not bold: only labels are
            XWPFParagraph point = paragraphs.stream().filter(p -> p.getText().startsWith("（一）「行政院")).findFirst().orElseThrow();
            assertThat(point.getStyle()).isNull();
            assertThat(point.getRuns()).allMatch(r -> !r.isBold());

            for (XWPFParagraph paragraph : paragraphs) {
                for (XWPFRun run : paragraph.getRuns()) {
                    assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Noto Sans TC");
                }
            }
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("內政部移民署 111 年性別平等工作小組第 1 次會議紀錄");
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
        }
    }

    @Test
    void followUpTableIsARealTableWithHeaderAndPicture() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.render(MinutesFixtures.taipeiFollowUp())))) {
            assertThat(docx.getTables()).hasSize(1);
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("會議日期", "內容說明或裁(指)示事項", "執行情形", "備註", "是否解列");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("104/10/12");
            assertThat(table.getRow(2).getCell(4).getText()).isEqualTo("是");
            assertThat(table.getCTTbl().getTblPr().getTblCaption().getVal()).isEqualTo("性別平等專案小組決議列管事項執行情形");
            assertThat(table.getCTTbl().getTblPr().getTblBorders()).isNotNull();

            assertThat(docx.getAllPictures()).hasSize(1);
            assertThat(docx.getAllPictures().get(0).getData()).isEqualTo(MinutesFixtures.png());
            String xml = docx.getDocument().xmlText();
            assertThat(xml).contains("descr=\"臺北市資料開放平臺私立托嬰中心資料集頁面，標示性別平等標籤\"");
        }
    }
}
