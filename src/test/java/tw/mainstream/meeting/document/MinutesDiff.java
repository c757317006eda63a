package tw.mainstream.meeting.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.web.util.HtmlUtils;

/**
 * The line comparison of {@code shared/tools/minutes-diff} in Java: a reference line is kept when,
 * normalised (NFKC, no whitespace, no list bullets, full-width punctuation folded), it occurs in the
 * document's text with its lines joined. A table row of the reference counts cell by cell.
 */
final class MinutesDiff {

    private MinutesDiff() {
    }

    /** The reference lines (normalised) that the document does not keep. */
    static List<String> missing(byte[] document, String format, String reference) {
        StringBuilder all = new StringBuilder();
        for (String line : text(document, format).split("\n")) {
            all.append(norm(line));
        }
        String doc = all.toString();
        List<String> missing = new ArrayList<>();
        for (String line : reference.split("\n")) {
            for (String cell : line.split("\t")) {
                String n = norm(cell);
                if (!n.isEmpty() && !doc.contains(n)) {
                    missing.add(n);
                }
            }
        }
        return missing;
    }

    static int lines(String reference) {
        return (int) Arrays.stream(reference.split("\n")).flatMap(l -> Arrays.stream(l.split("\t")))
                .filter(c -> !norm(c).isEmpty()).count();
    }

    static String norm(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC);
        s = s.replaceFirst("(?U)^\\s*(?:(?:[-*•●▪➤]|#+)\\s*)+", "");
        s = s.replace("**", "");
        s = s.replaceAll("(?U)\\s+", "");
        return s.replace("：", ":").replace("，", ",").replace("（", "(").replace("）", ")");
    }

    static String text(byte[] document, String format) {
        return switch (format) {
            case "odt" -> odf(entry(document, "content.xml"));
            case "docx" -> docx(entry(document, "word/document.xml"));
            case "pdf" -> pdf(document);
            case "html" -> html(new String(document, StandardCharsets.UTF_8));
            default -> new String(document, StandardCharsets.UTF_8);
        };
    }

    private static String odf(String xml) {
        xml = xml.replaceAll("<text:(p|h)\\b[^>]*/>", "\n");
        xml = xml.replaceAll("</text:(p|h)>|<text:line-break/>|</table:table-cell>", "\n");
        xml = xml.replace("<text:tab/>", "\t");
        Matcher m = Pattern.compile("<text:s text:c=\"(\\d+)\"/>").matcher(xml);
        xml = m.replaceAll(r -> " ".repeat(Integer.parseInt(r.group(1))));
        xml = xml.replace("<text:s/>", " ");
        return HtmlUtils.htmlUnescape(xml.replaceAll("<[^>]+>", ""));
    }

    private static String docx(String xml) {
        xml = xml.replaceAll("</w:p>|<w:br/>|</w:tc>", "\n").replace("<w:tab/>", "\t");
        return HtmlUtils.htmlUnescape(xml.replaceAll("<[^>]+>", ""));
    }

    private static String html(String raw) {
        raw = raw.replaceAll("(?is)<(script|style)\\b.*?</\\1>", "");
        raw = raw.replaceAll("(?i)</(p|div|li|h\\d|tr|td|th|section|br)\\s*>|<br\\s*/?>", "\n");
        return HtmlUtils.htmlUnescape(raw.replaceAll("<[^>]+>", ""));
    }

    private static String pdf(byte[] document) {
        try (var pdf = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException("No " + name + " in the document");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
