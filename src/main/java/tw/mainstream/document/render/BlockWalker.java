package tw.mainstream.document.render;

import tw.mainstream.shared.text.OutlineNumbering;
import java.util.List;

import tw.mainstream.document.Block;
import tw.mainstream.document.Image;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Remark;
import tw.mainstream.document.Section;
import tw.mainstream.document.SignatureTable;
import tw.mainstream.document.Table;

/** Walks a block tree depth-first and numbers the sections by their nesting depth. */
public final class BlockWalker {

    private BlockWalker() {
    }

    public static void walk(List<Block> blocks, BlockVisitor visitor) {
        walk(blocks, 0, visitor);
    }

    private static void walk(List<Block> blocks, int depth, BlockVisitor visitor) {
        int number = 0;
        for (Block block : blocks) {
            if (block instanceof Section section) {
                int level = depth + 1;
                visitor.startSection(section, level, OutlineNumbering.label(level, ++number));
                walk(section.children(), level, visitor);
                visitor.endSection(section, level);
            } else if (block instanceof Paragraph paragraph) {
                visitor.paragraph(paragraph, depth);
            } else if (block instanceof Remark remark) {
                visitor.startRemark(remark, depth);
                walk(remark.points(), depth, visitor);
                visitor.endRemark(remark, depth);
            } else if (block instanceof Table table) {
                visitor.table(table, depth);
            } else if (block instanceof Image image) {
                visitor.image(image, depth);
            } else if (block instanceof SignatureTable table) {
                visitor.signatureTable(table, depth);
            } else {
                throw new IllegalStateException("Unknown block " + block);
            }
        }
    }
}
