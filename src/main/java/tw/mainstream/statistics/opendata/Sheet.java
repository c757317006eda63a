package tw.mainstream.statistics.opendata;

import java.util.List;

/** One sheet to write: its name, column titles and rows; cells from {@code numericFrom} on are numbers. */
public record Sheet(String name, List<String> columns, List<List<String>> rows, int numericFrom) {
}
