package tw.mainstream.publicsite.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.mainstream.statistics.StatTableView;
import tw.mainstream.statistics.StatisticsApi;

/** The open-data catalogue as a DCAT-style JSON document, and tag counts for browsing. */
final class PublicDatasets {

    private PublicDatasets() {
    }

    /** Each tag of the published tables with its number of datasets, by tag. */
    static Map<String, Long> tags(List<StatTableView> tables) {
        Map<String, Long> tags = new TreeMap<>();
        tables.forEach(t -> t.tags().forEach(tag -> tags.merge(tag, 1L, Long::sum)));
        return tags;
    }

    static Map<String, Object> catalog(List<StatTableView> tables, String baseUrl) {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", "https://www.w3.org/ns/dcat.jsonld");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("title", "性別主流化專區開放資料");
        catalog.put("homepage", baseUrl + "/public/datasets");
        catalog.put("license", StatisticsApi.LICENCE_URL);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (StatTableView t : tables) {
            datasets.add(dataset(t, baseUrl));
        }
        catalog.put("dataset", datasets);
        return catalog;
    }

    private static Map<String, Object> dataset(StatTableView t, String baseUrl) {
        Map<String, Object> d = new LinkedHashMap<>();
        String page = baseUrl + "/public/datasets/" + t.id();
        d.put("@type", "dcat:Dataset");
        d.put("@id", page);
        d.put("identifier", String.valueOf(t.id()));
        d.put("title", t.title());
        d.put("description", t.description() == null ? "" : t.description());
        d.put("keyword", t.tags());
        d.put("publisher", Map.of("@type", "foaf:Organization", "name", t.agencyName()));
        d.put("contactPoint", Map.of("@type", "vcard:Kind", "fn", t.contact() == null ? t.agencyName() : t.contact()));
        d.put("license", StatisticsApi.LICENCE_URL);
        d.put("rights", t.licence());
        d.put("accrualPeriodicity", t.updateFrequency() == null ? "" : t.updateFrequency());
        d.put("issued", t.publishedOn() == null ? "" : t.publishedOn().toString());
        d.put("modified", t.updatedOn() == null ? "" : t.updatedOn().toString());
        d.put("temporal", t.hasData() ? Map.of("startDate", String.valueOf(t.firstYear()),
                "endDate", String.valueOf(t.lastYear())) : Map.of());
        d.put("landingPage", page);
        d.put("distribution", List.of(
                distribution(page + "/data.csv", "CSV", "text/csv"),
                distribution(page + "/data.ods", "ODS", "application/vnd.oasis.opendocument.spreadsheet"),
                distribution(page + "/data.json", "JSON", "application/json")));
        return d;
    }

    private static Map<String, Object> distribution(String url, String format, String mediaType) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "dcat:Distribution");
        d.put("format", format);
        d.put("mediaType", mediaType);
        d.put("downloadURL", url);
        d.put("characterEncoding", "UTF-8");
        return d;
    }
}
