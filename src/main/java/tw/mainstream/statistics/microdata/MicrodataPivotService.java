package tw.mainstream.statistics.microdata;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Pivots registered microdata in place with DuckDB: counts (or sums) by any dimensions of the
 * descriptor, usually with sex as the column dimension, plus totals and the share of women.
 * Bad requests (unknown dataset or dimension, reversed dates, too many cells) raise a
 * {@link MicrodataException} with a zh-TW message.
 */
@Service
public class MicrodataPivotService {

    /** Default limit on the number of groups a pivot may return. */
    public static final int DEFAULT_MAX_GROUPS = 200_000;

    private final MicrodataRegistry registry;
    private final MicrodataEngine engine;
    private final int maxGroups;

    @Autowired
    public MicrodataPivotService(MicrodataRegistry registry, MicrodataEngine engine) {
        this(registry, engine, DEFAULT_MAX_GROUPS);
    }

    public MicrodataPivotService(MicrodataRegistry registry, MicrodataEngine engine, int maxGroups) {
        this.registry = registry;
        this.engine = engine;
        this.maxGroups = maxGroups;
    }

    /** Aggregates the dataset as requested. */
    public PivotResult pivot(String datasetId, PivotRequest request) {
        MicrodataDataset dataset = registry.find(datasetId).orElseThrow(() -> new MicrodataException(
                "microdata.dataset.notFound", "找不到資料集「{0}」。", datasetId));
        PivotQuery query = new PivotQuery(dataset, request, maxGroups);
        PivotAssembler assembler = new PivotAssembler(dataset, query);
        try (Connection c = engine.connect(); PreparedStatement s = c.prepareStatement(query.sql)) {
            for (int i = 0; i < query.parameters.size(); i++) {
                s.setObject(i + 1, query.parameters.get(i));
            }
            int keyCount = query.keys().size();
            int groups = 0;
            try (ResultSet r = s.executeQuery()) {
                String[] keys = new String[keyCount];
                while (r.next()) {
                    if (++groups > maxGroups) {
                        throw new MicrodataException("microdata.pivot.tooLarge",
                                "結果超過 {0} 組，請減少維度或加上篩選條件。", maxGroups);
                    }
                    for (int k = 0; k < keyCount; k++) {
                        keys[k] = r.getString(k + 1);
                    }
                    assembler.add(keys, r.getLong(keyCount + 1));
                }
            }
        } catch (SQLException e) {
            throw new MicrodataException("microdata.pivot.queryFailed", "查詢資料集「{0}」時發生錯誤：{1}",
                    e, dataset.titleZh(), withoutPaths(firstLine(e.getMessage())));
        }
        return assembler.result();
    }

    /** The engine's message names the files it read: the server's paths stay on the server. */
    static String withoutPaths(String message) {
        return message == null ? null : message.replaceAll("([A-Za-z]:)?([/\\\\][^\\s\"'/\\\\]+)+[/\\\\]?", "…");
    }

    /** Writes the pivot as UTF-8 CSV (with a byte order mark, for Excel) including a total row. */
    public void exportCsv(PivotResult result, Writer out) throws IOException {
        PivotCsv.write(result, out);
    }

    /** The pivot as CSV text (with a byte order mark). */
    public String exportCsv(PivotResult result) {
        return PivotCsv.toCsv(result);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
