package tw.mainstream.meeting.document;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import tw.mainstream.document.DocumentFormat;
import tw.mainstream.document.DocumentRenderer;
import tw.mainstream.meeting.domain.MinutesView;

/**
 * The minutes as accessible HTML from the same document tree as the ODT, DOCX and PDF: a standalone
 * page (download, and the record of a confirmed revision) or an {@code <article>} for the pages.
 */
@Component
public class MinutesHtml {

    private final MeetingDocuments documents;
    private final DocumentRenderer renderer;

    MinutesHtml(MeetingDocuments documents, DocumentRenderer renderer) {
        this.documents = documents;
        this.renderer = renderer;
    }

    public String render(MinutesView minutes) {
        return new String(renderer.render(documents.minutes(minutes), DocumentFormat.HTML).content(),
                StandardCharsets.UTF_8);
    }

    /** The {@code <article>} to embed with {@code th:utext}, styled by {@link #stylesheet()}. */
    public String fragment(MinutesView minutes) {
        return renderer.htmlFragment(documents.minutes(minutes));
    }

    public String stylesheet() {
        return renderer.htmlStylesheet();
    }
}
