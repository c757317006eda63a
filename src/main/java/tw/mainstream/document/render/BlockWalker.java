package tw.mainstream.document.render;

import java.util.List;

import tw.mainstream.document.Block;
import tw.mainstream.document.Image;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.PointList;
import tw.mainstream.document.Remark;
import tw.mainstream.document.Section;
import tw.mainstream.document.SignatureTable;
import tw.mainstream.document.Table;
import tw.mainstream.shared.text.OutlineNumbering;
import tw.mainstream.shared.text.OutlineNumbering.Brackets;

/**
 * Walks a block tree depth-first and numbers the sections by their nesting depth and the points of
 * a {@link PointList} by the level it names.
 */
public final class BlockWalker {

    private final BlockVisitor visitor;
    private final Brackets brackets;

    private BlockWalker(BlockVisitor visitor, Brackets brackets) {
        this.visitor = visitor;
        this.brackets = brackets;
    }

    public static void walk(OfficialDocument document, BlockVisitor visitor) {
        new BlockWalker(visitor, document.brackets()).walk(document.body(), 0);
    }

    public static void walk(List<Block> blocks, BlockVisitor visitor) {
        new BlockWalker(visitor, Brackets.FULL_WIDTH).walk(blocks, 0);
    }

    private void walk(List<Block> blocks, int depth) {
        int number = 0;
        for (Block block : blocks) {
            if (block instanceof Section section) {
                int level = depth + 1;
                visitor.startSection(section, level, OutlineNumbering.label(level, ++number, brackets));
                walk(section.children(), level);
                visitor.endSection(section, level);
            } else if (block instanceof Paragraph paragraph) {
                visitor.paragraph(paragraph, depth);
            } else if (block instanceof Remark remark) {
                visitor.startRemark(remark, depth);
                walk(remark.points(), depth);
                visitor.endRemark(remark, depth);
            } else if (block instanceof PointList list) {
                points(list.points(), list.level(), depth + 1);
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

    private void points(List<PointList.Point> points, int level, int depth) {
        for (int i = 0; i < points.size(); i++) {
            PointList.Point point = points.get(i);
            visitor.point(PointList.label(level, i + 1, points.size(), brackets), point.text(), depth);
            points(point.children(), level + 1, depth + 1);
        }
    }
}
