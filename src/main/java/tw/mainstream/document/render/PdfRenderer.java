package tw.mainstream.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

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

    static {
        // openhtmltopdf logs every stage at INFO; keep warnings and errors only
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    public byte[] render(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    public void render(OfficialDocument document, OutputStream out) {
        String xhtml = HtmlRenderer.page(document, LANG, CSS, true);
        PdfFonts.Faces faces = PdfFonts.borrow();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Mainstream");
            builder.usePDDocument(pdf);
            PdfFonts.register(builder, pdf, faces);
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        } finally {
            PdfFonts.giveBack(faces);
        }
    }
}
