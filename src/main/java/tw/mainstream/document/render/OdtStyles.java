package tw.mainstream.document.render;

import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfPageLayoutProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStylePageLayout;
import org.w3c.dom.NodeList;

import tw.mainstream.shared.odf.OdfFonts;

/**
 * Common styles of the ODF documents: Noto Sans TC with Asian language zh-TW on the default
 * style (otherwise LibreOffice falls back to a Japanese face), A4 pages, title, headings by
 * level, indented body paragraphs, bordered table cells.
 */
final class OdtStyles {

    static final String FONT = OdfFonts.FONT;
    static final String TITLE = "MS_Title";
    static final String FIELD = "MS_Field";
    static final String CAPTION = "MS_Caption";
    static final String CELL = "MS_Cell";
    static final String CELL_HEAD = "MS_CellHead";
    static final String STRONG = "MS_Strong";
    static final String FOOTER = "MS_Footer";
    /** Left indentation per nesting depth (1.5 em of 12 pt). */
    static final double INDENT_CM = 0.635;

    private OdtStyles() {
    }

    static String heading(int level) {
        return "MS_Heading_" + level;
    }

    static String body(int depth) {
        return "MS_Body_" + depth;
    }

    static void install(OdfDocument document) throws Exception {
        OdfOfficeStyles styles = installFontAndLanguage(document);
        OdfStyle title = paragraph(styles, TITLE);
        title.setProperty(OdfParagraphProperties.TextAlign, "center");
        title.setProperty(OdfParagraphProperties.MarginBottom, "0.2cm");
        size(title, "16pt");
        bold(title);
        paragraph(styles, FIELD).setProperty(OdfParagraphProperties.MarginTop, "0.1cm");
        OdfStyle caption = paragraph(styles, CAPTION);
        caption.setProperty(OdfParagraphProperties.TextAlign, "center");
        caption.setProperty(OdfParagraphProperties.MarginTop, "0.2cm");
        bold(caption);
        paragraph(styles, CELL);
        OdfStyle cellHead = paragraph(styles, CELL_HEAD);
        cellHead.setProperty(OdfParagraphProperties.TextAlign, "center");
        bold(cellHead);
        paragraph(styles, FOOTER).setProperty(OdfParagraphProperties.TextAlign, "end");
        for (int level = 1; level <= 5; level++) {
            OdfStyle heading = paragraph(styles, heading(level));
            heading.setAttributeNS(OdfStyleNames.STYLE, "style:default-outline-level", String.valueOf(level + 1));
            heading.setProperty(OdfParagraphProperties.MarginLeft, cm((level - 1) * INDENT_CM));
            heading.setProperty(OdfParagraphProperties.MarginTop, "0.2cm");
            heading.setProperty(OdfParagraphProperties.KeepWithNext, "always");
            if (level == 1) {
                bold(heading);
                size(heading, "13pt");
            }
        }
        for (int depth = 0; depth <= 5; depth++) {
            OdfStyle body = paragraph(styles, body(depth));
            body.setProperty(OdfParagraphProperties.MarginLeft, cm(depth * INDENT_CM));
            body.setProperty(OdfParagraphProperties.MarginTop, "0.1cm");
            body.setProperty(OdfParagraphProperties.TextAlign, "justify");
        }
        OdfStyle strong = styles.newStyle(STRONG, OdfStyleFamily.Text);
        bold(strong);
        a4(document);
    }

    /** Noto Sans TC and language zh-TW (Western and Asian) on the default paragraph style. */
    static OdfOfficeStyles installFontAndLanguage(OdfDocument document) throws Exception {
        return OdfFonts.installFontAndLanguage(document);
    }

    static String cm(double value) {
        return String.format(java.util.Locale.ROOT, "%.3fcm", value);
    }

    private static OdfStyle paragraph(OdfOfficeStyles styles, String name) {
        OdfStyle style = styles.newStyle(name, OdfStyleFamily.Paragraph);
        style.setStyleParentStyleNameAttribute("Standard");
        return style;
    }

    private static void bold(OdfStyle style) {
        style.setProperty(OdfTextProperties.FontWeight, "bold");
        style.setProperty(OdfTextProperties.FontWeightAsian, "bold");
        style.setProperty(OdfTextProperties.FontWeightComplex, "bold");
    }

    private static void size(org.odftoolkit.odfdom.dom.element.OdfStyleBase style, String size) {
        style.setProperty(OdfTextProperties.FontSize, size);
        style.setProperty(OdfTextProperties.FontSizeAsian, size);
        style.setProperty(OdfTextProperties.FontSizeComplex, size);
    }

    private static void a4(OdfDocument document) throws Exception {
        NodeList layouts = document.getStylesDom().getElementsByTagNameNS(OdfStyleNames.STYLE, "page-layout");
        for (int i = 0; i < layouts.getLength(); i++) {
            OdfStylePageLayout layout = (OdfStylePageLayout) layouts.item(i);
            if ("pm1".equals(layout.getStyleNameAttribute())) {
                layout.setProperty(OdfPageLayoutProperties.PageWidth, "21cm");
                layout.setProperty(OdfPageLayoutProperties.PageHeight, "29.7cm");
                layout.setProperty(OdfPageLayoutProperties.MarginLeft, "2cm");
                layout.setProperty(OdfPageLayoutProperties.MarginRight, "2cm");
                layout.setProperty(OdfPageLayoutProperties.MarginTop, "2cm");
                layout.setProperty(OdfPageLayoutProperties.MarginBottom, "2cm");
            }
        }
    }
}
