package tw.mainstream.tracking.datacall;

import java.util.List;

/** All accepted answers of a call in one table: one line per table row (or per answer). */
public record ConsolidationView(List<String> header, List<List<String>> rows) {
}
