package tw.mainstream.importing.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.mainstream.shared.domain.DomainException;

/**
 * A change of the draft's structure the review form asks for with a named submit button
 * ({@code action=removeItem:2}, {@code removeResolution:0:1}; indexes as in the field paths, from 0):
 * an item added (at the end or after a given one), removed or moved, a resolution, remark or
 * follow-up row added or removed. {@link #path} moves a field path with its field, so the 待確認 marks
 * stay with what they were set on, and drops the paths of what was removed.
 */
public record DraftEdit(Op op, int item, int index, String kind, String title, Integer after) {

    public enum Op {
        ADD_ITEM, REMOVE_ITEM, MOVE_UP, MOVE_DOWN,
        ADD_RESOLUTION, REMOVE_RESOLUTION, ADD_REMARK, REMOVE_REMARK, ADD_ROW, REMOVE_ROW
    }

    /** A list inside an item: its name in the field paths. */
    private enum Part {
        RESOLUTIONS("resolutions"), REMARKS("remarks"), ROWS("rows");

        final String name;

        Part(String name) {
            this.name = name;
        }
    }

    private static final Pattern ACTION = Pattern.compile(
            "^(removeItem|moveUp|moveDown|addResolution|addRemark|addRow):(\\d{1,4})"
                    + "|(removeResolution|removeRemark|removeRow):(\\d{1,4}):(\\d{1,4})$");
    private static final Pattern ITEM_PATH = Pattern.compile("^items\\[(\\d+)](.*)$");
    private static final Pattern PART_PATH = Pattern.compile("^\\.(resolutions|remarks|rows)\\[(\\d+)](.*)$");

    public static DraftEdit addItem(String kind, String title, Integer after) {
        return new DraftEdit(Op.ADD_ITEM, -1, -1, kind, title, after);
    }

    /** The edit a submit button's value names; empty for save, meeting and addItem (which needs its fields). */
    public static Optional<DraftEdit> parse(String action) {
        Matcher m = ACTION.matcher(action == null ? "" : action);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            Op op = switch (m.group(1)) {
                case "removeItem" -> Op.REMOVE_ITEM;
                case "moveUp" -> Op.MOVE_UP;
                case "moveDown" -> Op.MOVE_DOWN;
                case "addResolution" -> Op.ADD_RESOLUTION;
                case "addRemark" -> Op.ADD_REMARK;
                default -> Op.ADD_ROW;
            };
            return Optional.of(new DraftEdit(op, Integer.parseInt(m.group(2)), -1, null, null, null));
        }
        Op op = switch (m.group(3)) {
            case "removeResolution" -> Op.REMOVE_RESOLUTION;
            case "removeRemark" -> Op.REMOVE_REMARK;
            default -> Op.REMOVE_ROW;
        };
        return Optional.of(new DraftEdit(op, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), null, null, null));
    }

    /** Whether the action names a structural edit (the controller then needs no other action). */
    public static boolean isEdit(String action) {
        return "addItem".equals(action) || parse(action).isPresent();
    }

    /** The index of the item the change leaves the reader at: the added, moved or changed item. */
    public int focus(DraftContent after) {
        return switch (op) {
            case ADD_ITEM -> this.after == null ? after.items.size() - 1 : this.after + 1;
            case REMOVE_ITEM -> Math.min(item, after.items.size() - 1);
            case MOVE_UP -> item - 1;
            case MOVE_DOWN -> item + 1;
            default -> item;
        };
    }

    /** Applies the change; an index the draft does not have is refused (the form was of another version). */
    public void apply(DraftContent c) {
        List<DraftContent.Item> items = c.items;
        if (op == Op.ADD_ITEM) {
            if (after != null) {
                check(after, items.size());
            }
            DraftContent.Item added = new DraftContent.Item();
            added.kind = kind;
            added.title = title == null ? null : title.strip();
            items.add(after == null ? items.size() : after + 1, added);
            return;
        }
        check(item, items.size());
        DraftContent.Item it = items.get(item);
        switch (op) {
            case REMOVE_ITEM -> items.remove(item);
            case MOVE_UP -> {
                check(item - 1, items.size());
                Collections.swap(items, item, item - 1);
            }
            case MOVE_DOWN -> {
                check(item + 1, items.size());
                Collections.swap(items, item, item + 1);
            }
            case ADD_RESOLUTION -> it.resolutions.add(newResolution());
            case ADD_REMARK -> it.remarks.add(new DraftContent.Remark());
            case ADD_ROW -> it.rows.add(new DraftContent.Row());
            case REMOVE_RESOLUTION -> remove(it.resolutions);
            case REMOVE_REMARK -> remove(it.remarks);
            case REMOVE_ROW -> remove(it.rows);
            default -> throw new IllegalStateException(op.name());
        }
    }

    private static DraftContent.Resolution newResolution() {
        DraftContent.Resolution r = new DraftContent.Resolution();
        r.label = "RESOLUTION";
        return r;
    }

    private void remove(List<?> list) {
        check(index, list.size());
        list.remove(index);
    }

    private static void check(int i, int size) {
        if (i < 0 || i >= size) {
            throw DomainException.invalid("importing.error.structure");
        }
    }

    /** Where a field path of the draft before the change is after it; null when its field was removed. */
    public String path(String path) {
        Matcher m = ITEM_PATH.matcher(path);
        if (!m.matches()) {
            return path;
        }
        int i = Integer.parseInt(m.group(1));
        String rest = m.group(2);
        Integer moved = switch (op) {
            case ADD_ITEM -> after != null && i > after ? i + 1 : i;
            case REMOVE_ITEM -> i == item ? null : i > item ? i - 1 : i;
            case MOVE_UP -> i == item ? i - 1 : i == item - 1 ? item : i;
            case MOVE_DOWN -> i == item ? i + 1 : i == item + 1 ? item : i;
            default -> i;
        };
        if (moved == null) {
            return null;
        }
        if (i == item && removedPart() != null) {
            rest = partPath(rest);
            if (rest == null) {
                return null;
            }
        }
        return "items[" + moved + "]" + rest;
    }

    private Part removedPart() {
        return switch (op) {
            case REMOVE_RESOLUTION -> Part.RESOLUTIONS;
            case REMOVE_REMARK -> Part.REMARKS;
            case REMOVE_ROW -> Part.ROWS;
            default -> null;
        };
    }

    private String partPath(String rest) {
        Matcher m = PART_PATH.matcher(rest);
        if (!m.matches() || !m.group(1).equals(removedPart().name)) {
            return rest;
        }
        int r = Integer.parseInt(m.group(2));
        if (r == index) {
            return null;
        }
        return "." + m.group(1) + "[" + (r > index ? r - 1 : r) + "]" + m.group(3);
    }

    /** The paths after the change, in their order, without those of removed fields. */
    public List<String> paths(List<String> before) {
        List<String> after = new ArrayList<>();
        for (String p : before) {
            String q = path(p);
            if (q != null) {
                after.add(q);
            }
        }
        return after;
    }
}
