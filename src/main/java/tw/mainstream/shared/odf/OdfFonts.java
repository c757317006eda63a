package tw.mainstream.shared.odf;

import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.dom.element.office.OfficeFontFaceDeclsElement;
import org.odftoolkit.odfdom.dom.element.style.StyleFontFaceElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfDefaultStyle;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.NodeList;

/**
 * Noto Sans TC 12 pt with language zh-TW on the default paragraph style of an ODF document
 * (otherwise LibreOffice falls back to a Japanese face); shared by documents and spreadsheets.
 */
public final class OdfFonts {

    public static final String FONT = "Noto Sans TC";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private OdfFonts() {
    }

    /** Declares the font and sets it, the language and 12 pt on the default style; returns the document styles. */
    public static OdfOfficeStyles installFontAndLanguage(OdfDocument document) throws Exception {
        declareFont(document.getStylesDom());
        declareFont(document.getContentDom());
        OdfOfficeStyles styles = document.getOrCreateDocumentStyles();
        OdfDefaultStyle defaults = styles.getOrCreateDefaultStyle(OdfStyleFamily.Paragraph);
        defaults.setProperty(OdfTextProperties.FontName, FONT);
        defaults.setProperty(OdfTextProperties.FontNameAsian, FONT);
        defaults.setProperty(OdfTextProperties.FontNameComplex, FONT);
        defaults.setProperty(OdfTextProperties.LanguageAsian, "zh");
        defaults.setProperty(OdfTextProperties.CountryAsian, "TW");
        defaults.setProperty(OdfTextProperties.Language, "zh");
        defaults.setProperty(OdfTextProperties.Country, "TW");
        defaults.setProperty(OdfTextProperties.FontSize, "12pt");
        defaults.setProperty(OdfTextProperties.FontSizeAsian, "12pt");
        defaults.setProperty(OdfTextProperties.FontSizeComplex, "12pt");
        return styles;
    }

    private static void declareFont(OdfFileDom dom) {
        NodeList decls = dom.getElementsByTagNameNS(OFFICE, "font-face-decls");
        StyleFontFaceElement face = ((OfficeFontFaceDeclsElement) decls.item(0)).newStyleFontFaceElement(FONT);
        face.setSvgFontFamilyAttribute("'" + FONT + "'");
        face.setStyleFontFamilyGenericAttribute("swiss");
        face.setStyleFontPitchAttribute("variable");
    }
}
