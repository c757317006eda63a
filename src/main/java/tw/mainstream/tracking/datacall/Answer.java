package tw.mainstream.tracking.datacall;

import java.util.List;
import java.util.Map;

/** A submission's content: scalar fields by key, and the rows of each table field. */
public record Answer(Map<String, String> scalars, Map<String, List<Map<String, String>>> tables) {
    public static final Answer EMPTY = new Answer(Map.of(), Map.of());

    public Answer {
        scalars = scalars == null ? Map.of() : scalars;
        tables = tables == null ? Map.of() : tables;
    }
}
