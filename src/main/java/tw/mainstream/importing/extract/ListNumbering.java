package tw.mainstream.importing.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import tw.mainstream.importing.parse.ChineseNumerals;

/** Renders Word's automatic list numbers, which are not part of the paragraph text. */
final class ListNumbering {
    private final Map<String, int[]> counters = new HashMap<>();

    String prefix(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        String levelText = paragraph.getNumLevelText();
        if (numId == null || format == null || levelText == null || "bullet".equals(format)) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        if (level > 8) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId.toString(), k -> new int[9]);
        if (count[level] == 0) {
            count[level] = start(paragraph, level) - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String rendered = levelText;
        for (int l = 0; l <= level; l++) {
            rendered = rendered.replace("%" + (l + 1), render(format, Math.max(1, count[l])));
        }
        return rendered;
    }

    /** The level's first number: the paragraph's override, else the abstract numbering's w:start, else 1. */
    private static int start(XWPFParagraph paragraph, int level) {
        try {
            BigInteger override = paragraph.getNumStartOverride();
            if (override != null) {
                return override.intValue();
            }
            XWPFNumbering numbering = paragraph.getDocument().getNumbering();
            BigInteger abstractId = numbering == null ? null : numbering.getAbstractNumID(paragraph.getNumID());
            XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
            if (abstractNum != null) {
                for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                    if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
                        return lvl.getStart().getVal().intValue();
                    }
                }
            }
        } catch (RuntimeException e) {
            // a damaged numbering part: count from 1
        }
        return 1;
    }

    static String render(String format, int n) {
        return switch (format) {
            case "taiwaneseCounting", "taiwaneseCountingThousand", "chineseCounting", "chineseCountingThousand",
                 "ideographTraditional", "japaneseCounting" -> ChineseNumerals.format(n);
            case "ideographLegalTraditional", "chineseLegalSimplified" -> ChineseNumerals.formatFormal(n);
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            default -> Integer.toString(n);
        };
    }
}
