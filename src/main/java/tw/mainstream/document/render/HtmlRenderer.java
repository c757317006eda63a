package tw.mainstream.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tw.mainstream.document.OfficialDocument;

/**
 * Accessible HTML: a standalone page ({@code lang="zh-Hant-TW"}, headings h1–h6 by level,
 * tables with {@code <th scope>} and {@code <caption>}, images with alt text) or a fragment to
 * embed in a Thymeleaf page with {@code th:utext}, styled by {@link #stylesheet()}.
 */
public final class HtmlRenderer {

    public static final String LANG = "zh-Hant-TW";
    private static final String CSS = resource("/tw/mainstream/document/official-document.css");

    /** The standalone page as UTF-8 bytes. */
    public byte[] render(OfficialDocument document) {
        return page(document).getBytes(StandardCharsets.UTF_8);
    }

    /** A complete, well-formed XHTML5 page with the stylesheet inlined. */
    public String page(OfficialDocument document) {
        return page(document, LANG, CSS, false);
    }

    /** The {@code <article>} element only, for embedding in a page that links {@link #stylesheet()}. */
    public String fragment(OfficialDocument document) {
        StringBuilder out = new StringBuilder(8192);
        XhtmlWriter.article(document, LANG, out);
        return out.toString();
    }

    /** The CSS the fragment's class names ({@code od-…}) refer to. */
    public static String stylesheet() {
        return CSS;
    }

    static String page(OfficialDocument document, String lang, String css, boolean print) {
        StringBuilder out = new StringBuilder(16384);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>");
        XhtmlWriter.escape(document.title(), out);
        out.append("</title>\n<meta name=\"description\" content=\"");
        XhtmlWriter.escape(document.title(), out);
        out.append("\"/>\n<meta name=\"subject\" content=\"");
        XhtmlWriter.escape(document.title(), out);
        out.append("\"/>\n<style>\n").append(css).append("</style>\n</head>\n<body>\n<main>\n");
        XhtmlWriter.article(document, lang, print, out);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    static String resource(String path) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
