package tw.mainstream.statistics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.mainstream.statistics.importing.RawSheet;
import tw.mainstream.statistics.importing.RawSheet.RawRow;

/**
 * The raw rows of a staged import. Row 1 holds the header; cells are joined with the ASCII unit
 * separator, which spreadsheets never contain (it is removed from cells on the way in).
 */
@Repository
public class StagedRowStore {

    private static final String SEP = "\u001F";
    private final JdbcTemplate jdbc;

    StagedRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long importId, RawSheet sheet) {
        delete(importId);
        List<Object[]> args = new ArrayList<>();
        args.add(new Object[] {importId, -1, join(sheet.header())});
        for (RawRow row : sheet.rows()) {
            // the width is kept as an extra leading cell so that ragged CSV rows stay ragged
            args.add(new Object[] {importId, row.number(), row.width() + SEP + join(row.cells())});
        }
        jdbc.batchUpdate("insert into statistics_import_row (import_id, row_no, cells) values (?,?,?)", args);
    }

    public RawSheet load(long importId, String encoding) {
        List<String> header = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        jdbc.query("select row_no, cells from statistics_import_row where import_id = ? order by row_no", rs -> {
            int n = rs.getInt(1);
            List<String> cells = split(rs.getString(2));
            if (n == -1) {
                header.addAll(cells);
            } else {
                rows.add(new RawRow(n, new ArrayList<>(cells.subList(1, cells.size())), Integer.parseInt(cells.get(0))));
            }
        }, importId);
        return new RawSheet(encoding, header, rows);
    }

    public void delete(long importId) {
        jdbc.update("delete from statistics_import_row where import_id = ?", importId);
    }

    private static String join(List<String> cells) {
        String joined = String.join(SEP, cells.stream().map(c -> c.replace(SEP, "")).toList());
        return joined.length() > 7900 ? joined.substring(0, 7900) : joined;
    }

    private static List<String> split(String s) {
        if (s.isEmpty()) {
            return new ArrayList<>(List.of(""));
        }
        return new ArrayList<>(Arrays.asList(s.split(SEP, -1)));
    }
}
