package tw.mainstream.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DocumentRendererTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void everyFormatHasItsSignatureContentTypeAndExtension() {
        OfficialDocument nia = MinutesFixtures.nia();
        RenderedDocument odt = renderer.render(nia, DocumentFormat.ODT);
        assertThat(new String(Arrays.copyOfRange(odt.content(), 30, 38), StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(odt.content(), 38, 39, StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(odt.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(odt.fileName("紀錄")).isEqualTo("紀錄.odt");

        RenderedDocument docx = renderer.render(nia, DocumentFormat.DOCX);
        assertThat(docx.content()).startsWith(0x50, 0x4B);
        assertThat(docx.fileExtension()).isEqualTo("docx");

        RenderedDocument pdf = renderer.render(nia, DocumentFormat.PDF);
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");

        RenderedDocument html = renderer.render(nia, DocumentFormat.HTML);
        assertThat(new String(html.content(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("內政部移民署");
        assertThat(html.contentType()).startsWith("text/html");
    }

    @Test
    void signInSheetRendersTitleNameAndSignatureColumns() {
        OfficialDocument sheet = OfficialDocument.builder()
                .title("內政部移民署", "111 年性別平等工作小組第 1 次會議簽到表")
                .field("時間", MinutesFixtures.rocDateTime(MinutesFixtures.NIA_MEETING))
                .add(new SignatureTable("出席人員", java.util.List.of(
                        new SignatureTable.Signatory("召集人", "林興春"), new SignatureTable.Signatory("外聘委員", "吳O麗"))))
                .build();
        String fragment = renderer.htmlFragment(sheet);
        assertThat(fragment).contains("<th scope=\"col\">簽名</th>", "<th scope=\"row\">林興春</th>", "<caption>出席人員</caption>");
        assertThat(renderer.render(sheet, DocumentFormat.DOCX).content()).isNotEmpty();
        assertThat(renderer.render(sheet, DocumentFormat.ODT).content()).isNotEmpty();
        assertThat(renderer.htmlStylesheet()).contains(".od-sign-row");
    }
}
