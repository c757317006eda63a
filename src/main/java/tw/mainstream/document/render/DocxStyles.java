package tw.mainstream.document.render;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word styles: document defaults in Noto Sans TC with East Asian language zh-TW, 12 pt, and the
 * built-in "Title" and "heading 1..5" paragraph styles so that outline and navigation work.
 */
final class DocxStyles {

    static final String FONT = "Noto Sans TC";
    static final String TITLE = "Title";
    static final String CAPTION = "Caption";

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    static void install(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyles ctStyles = CTStyles.Factory.newInstance();
        CTRPr defaults = ctStyles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        CTLanguage lang = defaults.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-TW");
        defaults.addNewSz().setVal(BigInteger.valueOf(24));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(24));
        styles.setStyles(ctStyles);
        styles.addStyle(new XWPFStyle(paragraphStyle("Normal", "Normal", -1, 0, false, false)));
        styles.addStyle(new XWPFStyle(paragraphStyle(TITLE, "Title", -1, 32, true, true)));
        styles.addStyle(new XWPFStyle(paragraphStyle(CAPTION, "caption", -1, 24, true, true)));
        for (int level = 1; level <= 5; level++) {
            int size = level == 1 ? 26 : 24;
            styles.addStyle(new XWPFStyle(paragraphStyle(heading(level), "heading " + level,
                    level - 1, size, level == 1, false)));
        }
    }

    static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
    }

    private static CTStyle paragraphStyle(String id, String name, int outlineLevel, int halfPoints,
                                          boolean bold, boolean centered) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
        } else {
            style.setDefault(true);
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(60));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            paragraph.addNewKeepNext();
            paragraph.getSpacing().setBefore(BigInteger.valueOf(120));
        }
        if (centered) {
            paragraph.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        if (halfPoints > 0) {
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
        return style;
    }
}
