package tw.mainstream.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import tw.mainstream.document.OfficialDocument;

/**
 * PDF through openhtmltopdf from the document's XHTML, A4, with the embedded Noto Sans TC font
 * (text stays selectable and extractable), document title and language zh-TW, tagged for
 * accessibility (PDF/UA structure).
 */
public final class PdfRenderer {

    static final String LANG = "zh-TW";
    private static final String PRINT_CSS = """
            @page { size: A4; margin: 20mm 20mm 22mm 20mm;
              @bottom-center { content: counter(page) " / " counter(pages);
                font-family: 'Noto Sans TC'; font-size: 9pt; } }
            body { margin: 0; font-family: 'Noto Sans TC'; }
            .od-table thead { display: table-header-group; }
            .od-table tr { page-break-inside: avoid; }
            .od-heading { page-break-after: avoid; }
            """;
    private static final String CSS = HtmlRenderer.stylesheet() + PRINT_CSS;

    public byte[] render(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    public void render(OfficialDocument document, OutputStream out) {
        String xhtml = HtmlRenderer.page(document, LANG, CSS);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Mainstream");
        PdfFonts.register(builder);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }
}
