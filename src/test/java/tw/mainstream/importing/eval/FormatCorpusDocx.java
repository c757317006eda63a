package tw.mainstream.importing.eval;

import static tw.mainstream.importing.eval.FormatCorpus.big;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import tw.mainstream.importing.eval.FormatCorpus.Block;

/**
 * A minutes document laid out the way agencies write them in Word: A4, 標楷體 14 pt, title centred, a header
 * with the body's name, a footer 第 X 頁／共 Y 頁, numbers as one three-level automatic list (一、 （一） 1.),
 * a new list instance with a start override wherever the text's number is not the next one, tables for rows.
 */
final class FormatCorpusDocx {
    private static final String FONT = "標楷體";
    private final String bodyName;
    private XWPFDocument doc;
    private BigInteger abstractId;
    private BigInteger numId;
    private final int[] counters = new int[3];

    FormatCorpusDocx(String bodyName) {
        this.bodyName = bodyName;
    }

    void write(List<Block> blocks, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            doc = document;
            page();
            abstractId = doc.createNumbering().addAbstractNum(new XWPFAbstractNum(abstractNum(), doc.getNumbering()));
            numId = doc.getNumbering().addNum(abstractId);
            List<List<String>> rows = new ArrayList<>();
            for (Block block : blocks) {
                if (block.cells() != null) {
                    rows.add(block.cells());
                    continue;
                }
                table(rows);
                XWPFParagraph p = doc.createParagraph();
                if (block.title()) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                if (block.level() >= 0) {
                    number(p, block.level(), block.number());
                }
                run(p, block.text(), block.title() ? 18 : 14, block.title());
            }
            table(rows);
            doc.write(out);
        }
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        sect.addNewPgSz().setW(big(11906));
        sect.getPgSz().setH(big(16838));
        var margins = sect.addNewPgMar();
        margins.setTop(big(1440));
        margins.setBottom(big(1440));
        margins.setLeft(big(1800));
        margins.setRight(big(1800));
        margins.setHeader(big(851));
        margins.setFooter(big(992));
        XWPFParagraph head = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        head.setAlignment(ParagraphAlignment.CENTER);
        run(head, bodyName, 10, false);
        XWPFParagraph foot = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        foot.setAlignment(ParagraphAlignment.CENTER);
        run(foot, "第 ", 10, false);
        foot.getCTP().addNewFldSimple().setInstr("PAGE");
        run(foot, " 頁／共 ", 10, false);
        foot.getCTP().addNewFldSimple().setInstr("NUMPAGES");
        run(foot, " 頁", 10, false);
    }

    private static CTAbstractNum abstractNum() {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.ONE);
        level(a, 0, STNumberFormat.TAIWANESE_COUNTING_THOUSAND, "%1、");
        level(a, 1, STNumberFormat.TAIWANESE_COUNTING_THOUSAND, "（%2）");
        level(a, 2, STNumberFormat.DECIMAL, "%3.");
        return a;
    }

    private static void level(CTAbstractNum a, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = a.addNewLvl();
        lvl.setIlvl(big(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(big(560L * (ilvl + 1)));
        ind.setHanging(big(560));
    }

    /** Numbers the paragraph; a number that does not follow on starts a new list instance at that number. */
    private void number(XWPFParagraph p, int level, int n) {
        if (n != counters[level] + 1) {
            XWPFNumbering numbering = doc.getNumbering();
            numId = numbering.addNum(abstractId);
            CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            override.setIlvl(big(level));
            override.addNewStartOverride().setVal(big(n));
            java.util.Arrays.fill(counters, 0);
        }
        counters[level] = n;
        for (int deeper = level + 1; deeper < counters.length; deeper++) {
            counters[deeper] = 0;
        }
        p.setNumID(numId);
        p.setNumILvl(big(level));
    }

    private void table(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), cols);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c).strip() : "";
                XWPFParagraph cell = table.getRow(r).getCell(c).getParagraphs().get(0);
                run(cell, text, 12, false);
            }
        }
        rows.clear();
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }
}
