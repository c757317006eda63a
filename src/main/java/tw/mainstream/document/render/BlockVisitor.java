package tw.mainstream.document.render;

import tw.mainstream.document.Image;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Remark;
import tw.mainstream.document.Section;
import tw.mainstream.document.SignatureTable;
import tw.mainstream.document.Table;

/**
 * Receives the blocks of a document in reading order from {@link BlockWalker}, with the outline
 * level and label of each section already worked out. {@code depth} is the number of sections
 * enclosing a block (0 at the top of the body); renderers use it for indentation.
 */
public interface BlockVisitor {

    void startSection(Section section, int level, String label);

    void endSection(Section section, int level);

    void paragraph(Paragraph paragraph, int depth);

    /** A remark (說明、決議 …) opens; by default it is a paragraph led by its label (HTML wraps it in a block). */
    default void startRemark(Remark remark, int depth) {
        paragraph(new Paragraph(remark.label() + "：", remark.text()), depth);
    }

    default void endRemark(Remark remark, int depth) {
    }

    /** One numbered point of a {@link tw.mainstream.document.PointList}; {@code label} may be empty. */
    void point(String label, String text, int depth);

    void table(Table table, int depth);

    void image(Image image, int depth);

    void signatureTable(SignatureTable table, int depth);
}
