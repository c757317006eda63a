package tw.mainstream.publicsite.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import tw.mainstream.statistics.StatTableView;
import tw.mainstream.statistics.StatisticsApi;

/**
 * The open-data catalogue as JSON-LD with DCAT terms (publisher, contact point, frequency as a
 * Dublin Core frequency IRI) and, per dataset, data.gov.tw's metadata fields under their Chinese
 * names; and tag counts for browsing.
 */
final class PublicDatasets {

    /** Dublin Core Collection Description frequencies for the frequencies the tables are entered with. */
    private static final Map<String, String> FREQUENCY = Map.of(
            "每年", "annual", "每半年", "semiannual", "每季", "quarterly", "每月", "monthly",
            "每週", "weekly", "每日", "daily", "不定期", "irregular", "每二年", "biennial", "每兩年", "biennial");
    static final String SERVICE_CATEGORY = "公共資訊";
    static final String LISTING = "介接";

    private PublicDatasets() {
    }

    /** Each tag of the published tables with its number of datasets, by tag. */
    static Map<String, Long> tags(List<StatTableView> tables) {
        Map<String, Long> tags = new TreeMap<>();
        tables.forEach(t -> t.tags().forEach(tag -> tags.merge(tag, 1L, Long::sum)));
        return tags;
    }

    /** Publisher of the catalogue and the contact for its datasets (configuration). */
    record Publisher(String name, String email, String phone) {
    }

    /** An agency whose task force member list is published (page, JSON and CSV). */
    record MemberList(long agencyId, String agencyName) {
    }

    static Map<String, Object> catalog(List<StatTableView> tables, LongFunction<Map<String, String>> metadata,
                                       List<MemberList> memberLists, Publisher publisher, String baseUrl) {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context());
        catalog.put("@type", "dcat:Catalog");
        catalog.put("@id", baseUrl + "/public/catalog.json");
        catalog.put("title", "性別主流化專區開放資料");
        catalog.put("homepage", baseUrl + "/public/datasets");
        catalog.put("publisher", organization(publisher.name()));
        catalog.put("contactPoint", contact(publisher.name(), publisher));
        catalog.put("license", StatisticsApi.LICENCE_URL);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (StatTableView t : tables) {
            datasets.add(dataset(t, metadata.apply(t.id()), publisher, baseUrl));
        }
        for (MemberList m : memberLists) {
            datasets.add(memberDataset(m, publisher, baseUrl));
        }
        catalog.put("dataset", datasets);
        return catalog;
    }

    private static Map<String, Object> dataset(StatTableView t, Map<String, String> govFields, Publisher publisher,
                                               String baseUrl) {
        Map<String, Object> d = new LinkedHashMap<>();
        String page = baseUrl + "/public/datasets/" + t.id();
        d.put("@type", "dcat:Dataset");
        d.put("@id", page);
        d.put("identifier", String.valueOf(t.id()));
        d.put("title", t.title());
        d.put("description", t.description() == null ? "" : t.description());
        d.put("keyword", t.tags());
        d.put("publisher", organization(t.agencyName()));
        d.put("contactPoint", contact(t.contact() == null || t.contact().isBlank() ? t.agencyName() : t.contact(),
                publisher));
        d.put("license", StatisticsApi.LICENCE_URL);
        d.put("rights", t.licence());
        String frequency = t.updateFrequency() == null ? null : FREQUENCY.get(t.updateFrequency().strip());
        if (frequency != null) {
            d.put("accrualPeriodicity", "http://purl.org/cld/freq/" + frequency);
        }
        if (t.publishedOn() != null) {
            d.put("issued", t.publishedOn().toString());
        }
        if (t.updatedOn() != null) {
            d.put("modified", t.updatedOn().toString());
        }
        if (t.hasData()) {
            d.put("temporal", Map.of("@type", "dct:PeriodOfTime", "startDate", String.valueOf(t.firstYear()),
                    "endDate", String.valueOf(t.lastYear())));
        }
        d.put("landingPage", page);
        d.put("distribution", List.of(
                distribution(page + "/data.csv", "CSV", "text/csv"),
                distribution(page + "/data.ods", "ODS", "application/vnd.oasis.opendocument.spreadsheet"),
                distribution(page + "/data.json", "JSON", "application/json")));
        d.putAll(govFields);
        d.put("上架方式", LISTING);
        d.put("服務分類", SERVICE_CATEGORY);
        d.put("提供機關聯絡人電話", publisher.phone());
        d.put("提供機關聯絡人電子郵件", publisher.email());
        return d;
    }

    /** An agency's member list: who sits on its task forces, names as its public-name policy shows them. */
    private static Map<String, Object> memberDataset(MemberList m, Publisher publisher, String baseUrl) {
        Map<String, Object> d = new LinkedHashMap<>();
        String page = baseUrl + "/public/agencies/" + m.agencyId();
        d.put("@type", "dcat:Dataset");
        d.put("@id", page + "#members");
        d.put("identifier", "members-" + m.agencyId());
        d.put("title", m.agencyName() + "性別平等專案小組委員名單");
        d.put("description", "現任委員之姓名、職務、性別、機關內外及所屬單位;姓名依機關公開姓名原則呈現。");
        d.put("keyword", List.of("性別平等專案小組", "委員名單"));
        d.put("publisher", organization(m.agencyName()));
        d.put("contactPoint", contact(m.agencyName(), publisher));
        d.put("license", StatisticsApi.LICENCE_URL);
        d.put("accrualPeriodicity", "http://purl.org/cld/freq/irregular");
        d.put("landingPage", page);
        d.put("distribution", List.of(
                distribution(page + "/members.csv", "CSV", "text/csv"),
                distribution(page + "/members.json", "JSON", "application/json")));
        d.put("上架方式", LISTING);
        d.put("服務分類", SERVICE_CATEGORY);
        d.put("提供機關聯絡人電話", publisher.phone());
        d.put("提供機關聯絡人電子郵件", publisher.email());
        return d;
    }

    private static Map<String, Object> organization(String name) {
        return Map.of("@type", "foaf:Organization", "name", name);
    }

    private static Map<String, Object> contact(String name, Publisher publisher) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@type", "vcard:Organization");
        c.put("fn", name);
        if (publisher.email() != null && !publisher.email().isBlank()) {
            c.put("hasEmail", "mailto:" + publisher.email());
        }
        if (publisher.phone() != null && !publisher.phone().isBlank()) {
            c.put("hasTelephone", "tel:" + publisher.phone().replace(" ", ""));
        }
        return c;
    }

    private static Map<String, Object> distribution(String url, String format, String mediaType) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "dcat:Distribution");
        d.put("format", format);
        d.put("mediaType", "https://www.iana.org/assignments/media-types/" + mediaType);
        d.put("downloadURL", url);
        return d;
    }

    /** Inline JSON-LD context: the short keys as DCAT, Dublin Core, FOAF and vCard terms. */
    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("title", "dct:title");
        c.put("description", "dct:description");
        c.put("identifier", "dct:identifier");
        c.put("keyword", "dcat:keyword");
        c.put("rights", "dct:rights");
        c.put("format", "dct:format");
        c.put("name", "foaf:name");
        c.put("fn", "vcard:fn");
        c.put("publisher", "dct:publisher");
        c.put("contactPoint", "dcat:contactPoint");
        c.put("dataset", "dcat:dataset");
        c.put("distribution", "dcat:distribution");
        c.put("temporal", "dct:temporal");
        c.put("startDate", "dcat:startDate");
        c.put("endDate", "dcat:endDate");
        for (String iri : List.of("homepage:foaf:homepage", "landingPage:dcat:landingPage", "license:dct:license",
                "accrualPeriodicity:dct:accrualPeriodicity", "downloadURL:dcat:downloadURL",
                "mediaType:dcat:mediaType", "hasEmail:vcard:hasEmail", "hasTelephone:vcard:hasTelephone")) {
            String[] p = iri.split(":", 2);
            c.put(p[0], Map.of("@id", p[1], "@type", "@id"));
        }
        c.put("issued", Map.of("@id", "dct:issued", "@type", "xsd:date"));
        c.put("modified", Map.of("@id", "dct:modified", "@type", "xsd:date"));
        return c;
    }
}
