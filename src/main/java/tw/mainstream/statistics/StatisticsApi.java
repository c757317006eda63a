package tw.mainstream.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.statistics.budget.GenderBudgetService;
import tw.mainstream.statistics.domain.StatTableService;
import tw.mainstream.statistics.training.TrainingService;
import tw.mainstream.statistics.opendata.Sheet;

/**
 * The statistics module's facade for other modules (the public section): published tables
 * only, with their figures, values, open-data files and data.gov.tw metadata. An unpublished
 * table answers 404 here, whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsApi {

    public static final String LICENCE_URL = "https://data.gov.tw/license";
    private final StatTableService tables;
    private final GenderBudgetService budget;
    private final TrainingService training;

    StatisticsApi(StatTableService tables, GenderBudgetService budget, TrainingService training) {
        this.tables = tables;
        this.budget = budget;
        this.training = training;
    }

    /** Fiscal years (ROC) with gender budget items, newest first. */
    public List<Integer> budgetYears(Long agencyId) {
        return budget.years(agencyId);
    }

    /** An agency's gender budget items of a fiscal year (ROC), as published on its public page. */
    public List<GenderBudgetView> budgetItems(Long agencyId, int fiscalYear) {
        return budget.itemsOf(agencyId, fiscalYear);
    }

    public BudgetComparison budgetComparison(Long agencyId, int fiscalYear) {
        return budget.comparison(agencyId, fiscalYear);
    }

    /** Training figures of a year (AD): counts and rates only, no names. */
    public TrainingSummary trainingSummary(Long agencyId, int adYear) {
        return training.summary(agencyId, adYear);
    }

    /** Published tables, newest first, of one agency (or all when null), with the tag (or any when blank). */
    public List<StatTableView> publishedTables(Long agencyId, String tag) {
        return tables.published(agencyId).stream()
                .filter(t -> tag == null || tag.isBlank() || t.tags().contains(tag.strip())).toList();
    }

    public StatTableView publishedTable(long id) {
        return tables.publishedView(id);
    }

    public List<TableFigures> publishedFigures(long id) {
        return tables.figures(id, CurrentUser.ANONYMOUS);
    }

    public DataTable publishedData(long id) {
        return tables.data(id, CurrentUser.ANONYMOUS);
    }

    /** The dataset as CSV (UTF-8 with BOM) or ODS (data sheet plus a metadata sheet). */
    public OpenDataFile openDataFile(long id, String format) {
        StatTableView t = publishedTable(id);
        DataTable data = publishedData(id);
        Sheet sheet = new Sheet("資料", data.columns(), data.rows(), data.numericFrom());
        String base = "dataset-" + id;
        if ("ods".equals(format)) {
            List<List<String>> meta = new ArrayList<>();
            metadata(t, data).forEach((k, v) -> meta.add(List.of(k, v)));
            Sheet about = new Sheet("詮釋資料", List.of("欄位", "內容"), meta, Integer.MAX_VALUE);
            return new OpenDataFile(base + ".ods", SpreadsheetFiles.ODS_CONTENT_TYPE,
                    SpreadsheetFiles.ods(List.of(sheet.data(), about.data())));
        }
        return new OpenDataFile(base + ".csv", SpreadsheetFiles.CSV_CONTENT_TYPE, SpreadsheetFiles.csv(sheet.data()));
    }

    /** The dataset as JSON: metadata, the column names and one object per row. */
    public Map<String, Object> openDataJson(long id) {
        StatTableView t = publishedTable(id);
        DataTable data = publishedData(id);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> row : data.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            for (int i = 0; i < data.columns().size(); i++) {
                String v = i < row.size() ? row.get(i) : "";
                r.put(data.columns().get(i), i >= data.numericFrom() && !v.isEmpty() ? new java.math.BigDecimal(v) : v);
            }
            rows.add(r);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metadata", metadata(t, data));
        json.put("fields", data.columns());
        json.put("data", rows);
        return json;
    }

    /** The data.gov.tw metadata fields of a published table. */
    public Map<String, String> metadata(long id) {
        return metadata(publishedTable(id), publishedData(id));
    }

    static Map<String, String> metadata(StatTableView t, DataTable data) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("資料集名稱", t.title());
        m.put("資料集描述", nz(t.description()));
        m.put("主要欄位說明", String.join("、", data.columns()));
        m.put("提供機關", t.agencyName());
        m.put("資料集提供機關聯絡人", nz(t.contact()));
        m.put("更新頻率", nz(t.updateFrequency()));
        m.put("授權方式", t.licence());
        m.put("授權說明網址", LICENCE_URL);
        m.put("計費方式", "免費");
        m.put("編碼格式", "UTF-8");
        m.put("檔案格式", "CSV;ODS;JSON");
        m.put("關鍵字", String.join(";", t.tags()));
        m.put("計量單位", nz(t.unitOfMeasure()));
        m.put("資料來源", nz(t.source()));
        m.put("資料時間", t.hasData() ? "民國 " + t.rocYears() + " 年" : "");
        m.put("資料量", String.valueOf(data.rows().size()));
        m.put("上架日期", t.publishedOn() == null ? "" : t.publishedOn().toString());
        m.put("詮釋資料更新時間", t.updatedOn() == null ? "" : t.updatedOn().toString());
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
