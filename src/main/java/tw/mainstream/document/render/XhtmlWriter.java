package tw.mainstream.document.render;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import tw.mainstream.document.HeaderField;
import tw.mainstream.document.Image;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Remark;
import tw.mainstream.document.Section;
import tw.mainstream.document.SignatureTable;
import tw.mainstream.document.Table;

/**
 * Writes a document as a well-formed XHTML {@code <article>}: headings h1 (title) to h6 (level 5),
 * real tables with header cells and captions, images with alternative text. Shared by the HTML
 * and the PDF renderer. CSS class names start with {@code od-}.
 */
public final class XhtmlWriter implements BlockVisitor {

    /** The PDF's text width (A4 less 20 mm margins) and indentation per depth (1.5 em of 12 pt). */
    private static final double PRINT_WIDTH_PT = 170 / 25.4 * 72;
    private static final double PRINT_INDENT_PT = 18;

    private final StringBuilder out;
    private final boolean print;

    private XhtmlWriter(StringBuilder out, boolean print) {
        this.out = out;
        this.print = print;
    }

    /** Appends the document as an {@code <article lang="…">} element. */
    public static void article(OfficialDocument document, String lang, StringBuilder out) {
        article(document, lang, false, out);
    }

    /**
     * Appends the document as an {@code <article lang="…">} element; for {@code print} (the PDF)
     * pictures get their size in points, scaled to fit the page.
     */
    static void article(OfficialDocument document, String lang, boolean print, StringBuilder out) {
        XhtmlWriter writer = new XhtmlWriter(out, print);
        out.append("<article class=\"od-document\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<header>\n<h1 class=\"od-title\">");
        List<String> lines = document.titleLines();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i > 0 ? " <span class=\"od-title-line\">" : "<span class=\"od-title-line\">");
            escape(lines.get(i), out);
            out.append("</span>");
        }
        out.append("</h1>\n");
        if (!document.headerFields().isEmpty()) {
            out.append("<dl class=\"od-fields\">\n");
            for (HeaderField field : document.headerFields()) {
                out.append("<div class=\"od-field\"><dt>");
                escape(field.label(), out);
                out.append("：</dt><dd>");
                escape(field.value(), out);
                out.append("</dd></div>\n");
            }
            out.append("</dl>\n");
        }
        out.append("</header>\n");
        BlockWalker.walk(document, writer);
        if (document.footer() != null) {
            out.append("<footer class=\"od-footer\"><p>");
            escape(document.footer(), out);
            out.append("</p></footer>\n");
        }
        out.append("</article>\n");
    }

    @Override
    public void startSection(Section section, int level, String label) {
        out.append("<section class=\"od-section\">\n<h").append(level + 1)
                .append(" class=\"od-heading od-l").append(level).append(" od-i").append(level - 1)
                .append("\"><span class=\"od-num\">").append(label).append("</span>");
        multiline(section.heading());
        out.append("</h").append(level + 1).append(">\n");
    }

    @Override
    public void endSection(Section section, int level) {
        out.append("</section>\n");
    }

    @Override
    public void paragraph(Paragraph paragraph, int depth) {
        out.append("<p class=\"od-p od-i").append(depth).append("\">");
        lead(paragraph.lead());
        multiline(paragraph.text());
        out.append("</p>\n");
    }

    @Override
    public void startRemark(Remark remark, int depth) {
        out.append("<div class=\"od-remark\">\n<p class=\"od-p od-i").append(depth).append("\">");
        lead(remark.label() + "：");
        multiline(remark.text());
        out.append("</p>\n");
    }

    @Override
    public void endRemark(Remark remark, int depth) {
        out.append("</div>\n");
    }

    @Override
    public void point(String label, String text, int depth) {
        out.append("<p class=\"od-p od-point od-i").append(depth).append("\">");
        if (!label.isEmpty()) {
            out.append("<span class=\"od-num\">");
            escape(label, out);
            out.append("</span>");
        }
        multiline(text);
        out.append("</p>\n");
    }

    @Override
    public void table(Table table, int depth) {
        double[] widths = table.widthFractions();
        startTable(table.caption(), depth);
        out.append("<colgroup>");
        for (double width : widths) {
            out.append("<col style=\"width:").append(Math.round(width * 1000) / 10.0).append("%\"/>");
        }
        out.append("</colgroup>\n");
        headerRow(table.header());
        out.append("<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>");
                multiline(cell);
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    @Override
    public void signatureTable(SignatureTable table, int depth) {
        startTable(table.caption(), depth);
        out.append("<colgroup><col style=\"width:35%\"/><col style=\"width:25%\"/><col style=\"width:40%\"/></colgroup>\n");
        headerRow(SignatureTable.HEADER);
        out.append("<tbody>\n");
        for (SignatureTable.Signatory signatory : table.signatories()) {
            out.append("<tr class=\"od-sign-row\"><td>");
            escape(signatory.title(), out);
            out.append("</td><th scope=\"row\">");
            escape(signatory.name(), out);
            out.append("</th><td class=\"od-sign\"></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    @Override
    public void image(Image image, int depth) {
        Optional<ImageSize> size = ImageSize.of(image, PRINT_WIDTH_PT - depth * PRINT_INDENT_PT);
        if (size.isEmpty()) {
            paragraph(ImageSize.placeholder(image), depth);
            return;
        }
        out.append("<p class=\"od-image od-i").append(depth).append("\"><img src=\"data:")
                .append(image.mimeType()).append(";base64,")
                .append(Base64.getEncoder().encodeToString(image.data())).append("\" alt=\"");
        escape(image.altText(), out);
        if (print) {
            out.append("\" style=\"width:").append(points(size.get().widthPt()))
                    .append("pt;height:").append(points(size.get().heightPt())).append("pt");
        }
        out.append("\"/></p>\n");
    }

    private static String points(double value) {
        return String.valueOf(Math.floor(value * 10) / 10);
    }

    private void startTable(String caption, int depth) {
        out.append("<table class=\"od-table od-i").append(depth).append("\">\n");
        if (caption != null) {
            out.append("<caption>");
            escape(caption, out);
            out.append("</caption>\n");
        }
    }

    private void headerRow(List<String> header) {
        out.append("<thead><tr>");
        for (String heading : header) {
            out.append("<th scope=\"col\">");
            escape(heading, out);
            out.append("</th>");
        }
        out.append("</tr></thead>\n");
    }

    private void lead(String lead) {
        if (lead != null) {
            out.append("<strong class=\"od-lead\">");
            escape(lead, out);
            out.append("</strong>");
        }
    }

    private void multiline(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            escape(lines[i], out);
        }
    }

    /** Escapes text for XHTML element content and attribute values. */
    public static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
