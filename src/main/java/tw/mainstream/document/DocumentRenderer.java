package tw.mainstream.document;

import org.springframework.stereotype.Component;

import tw.mainstream.document.render.DocxRenderer;
import tw.mainstream.document.render.HtmlRenderer;
import tw.mainstream.document.render.OdtRenderer;
import tw.mainstream.document.render.PdfRenderer;

/**
 * Renders an {@link OfficialDocument} to ODT, DOCX, PDF or accessible HTML. Thread-safe; inject
 * it as a Spring bean or create it with {@code new}.
 */
@Component
public class DocumentRenderer {

    private final OdtRenderer odt = new OdtRenderer();
    private final DocxRenderer docx = new DocxRenderer();
    private final PdfRenderer pdf = new PdfRenderer();
    private final HtmlRenderer html = new HtmlRenderer();

    public DocumentRenderer() {
    }

    public RenderedDocument render(OfficialDocument document, DocumentFormat format) {
        byte[] content = switch (format) {
            case ODT -> odt.render(document);
            case DOCX -> docx.render(document);
            case PDF -> pdf.render(document);
            case HTML -> html.render(document);
        };
        return new RenderedDocument(content, format);
    }

    /**
     * The document as an {@code <article>} element to embed in a Thymeleaf page with
     * {@code th:utext}; style it with {@link #htmlStylesheet()}.
     */
    public String htmlFragment(OfficialDocument document) {
        return html.fragment(document);
    }

    /** The CSS for {@link #htmlFragment(OfficialDocument)}. */
    public String htmlStylesheet() {
        return HtmlRenderer.stylesheet();
    }
}
