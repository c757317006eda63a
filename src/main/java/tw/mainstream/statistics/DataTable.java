package tw.mainstream.statistics;

import java.util.List;

/**
 * A table's values laid out for reading and for open data: one row per year, sex and category,
 * one column per dimension (Chinese labels, as data.gov.tw files carry) and per measure.
 *
 * @param numericFrom index of the first measure column
 */
public record DataTable(List<String> columns, List<List<String>> rows, int numericFrom) {
}
