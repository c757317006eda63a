package tw.mainstream.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import tw.mainstream.document.MinutesFixtures;

class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void niaMinutesTextIsExtractable() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(MinutesFixtures.nia()))) {
            String text = new PDFTextStripper().getText(pdf);
            String compact = text.replaceAll("\\s+", "");
            assertThat(text).contains("內政部移民署", "壹、", "（一）", "111 年 7 月 25 日（星期一）");
            assertThat(compact).contains("111年性別平等工作小組第1次會議紀錄", "時間：111年7月25日（星期一）下午2時30分",
                    "壹、宣布開會", "肆、報告事項", "決議：解除列管。", "（四）112年度內政部主管", "移民事務組代表：",
                    "（一）戶政機關係受理", "柒、散會：下午3時40分。");
            assertThat(compact.indexOf("壹、宣布開會")).isLessThan(compact.indexOf("柒、散會"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("內政部移民署 111 年性別平等工作小組第 1 次會議紀錄");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-TW");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(fontNames(pdf)).isNotEmpty().allMatch(name -> name.contains("NotoSansTC"));
        }
    }

    @Test
    void followUpTableAndPictureAppear() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(MinutesFixtures.taipeiFollowUp()))) {
            String compact = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(compact).contains("會議日期", "是否解列", "104/10/12", "目前共19筆性別平等相關資料集");
            PDResources resources = pdf.getPage(0).getResources();
            long images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void rendersRepeatedlyWithTheSameResult() throws Exception {
        byte[] first = renderer.render(MinutesFixtures.nia());
        byte[] second = renderer.render(MinutesFixtures.nia());
        try (PDDocument a = Loader.loadPDF(first); PDDocument b = Loader.loadPDF(second)) {
            assertThat(new PDFTextStripper().getText(b)).isEqualTo(new PDFTextStripper().getText(a));
        }
    }

    private static List<String> fontNames(PDDocument pdf) throws Exception {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                names.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
        }
        return names;
    }
}
