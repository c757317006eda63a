package tw.mainstream.document;

import java.util.List;
import tw.mainstream.shared.text.OutlineNumbering;

/**
 * Points numbered at a fixed outline level, whatever the nesting: the agencies number a speaker's
 * points 一、二、 under an item that is itself 一、, and Taipei writes (1)(2) anywhere. Sub-points are
 * numbered one level deeper. A point alone in its list is not numbered (「委員意見：有關…」).
 *
 * @param level  the outline level of the top points, 1 (壹、) to 5 ((1))
 * @param points the points in order
 */
public record PointList(int level, List<Point> points) implements Block {

    public PointList {
        if (level < 1 || level > OutlineNumbering.MAX_LEVEL) {
            throw new IllegalArgumentException("Point level must be 1.." + OutlineNumbering.MAX_LEVEL + ", was " + level);
        }
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A point list needs at least one point");
        }
    }

    /**
     * One point with its sub-points.
     *
     * @param text     the text without number
     * @param children sub-points, numbered one level deeper
     */
    public record Point(String text, List<Point> children) {
        public Point {
            text = Texts.required(text, "Point text");
            children = List.copyOf(children);
        }

        public static Point of(String text) {
            return new Point(text, List.of());
        }
    }

    /**
     * The number of the {@code n}-th (from 1) of {@code count} points at {@code level}, or "" when it
     * is alone or the level is past the deepest official one.
     */
    public static String label(int level, int n, int count, OutlineNumbering.Brackets brackets) {
        if (count < 2 || level > OutlineNumbering.MAX_LEVEL || n > OutlineNumbering.MAX_NUMBER) {
            return "";
        }
        return OutlineNumbering.label(level, n, brackets);
    }
}
