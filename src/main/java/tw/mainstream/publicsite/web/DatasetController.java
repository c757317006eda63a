package tw.mainstream.publicsite.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.statistics.OpenDataFile;
import tw.mainstream.statistics.StatisticsApi;

/** The open-data catalogue: datasets by tag and agency, each with CSV, ODS and JSON, and the DCAT feed. */
@Controller
class DatasetController {

    static final String JSON_LD = "application/ld+json";

    private final StatisticsApi statistics;
    private final CommitteeApi committee;
    private final PublicMembers members;
    private final PublicDatasets.Publisher publisher;

    DatasetController(StatisticsApi statistics, CommitteeApi committee, PublicMembers members, OpenDataProperties openData) {
        this.statistics = statistics;
        this.committee = committee;
        this.members = members;
        this.publisher = openData.asPublisher();
    }

    @GetMapping("/public/datasets")
    String list(@RequestParam(required = false) String tag, @RequestParam(required = false) Long agency, Model model) {
        model.addAttribute("datasets", statistics.publishedTables(agency, tag));
        model.addAttribute("tags", PublicDatasets.tags(statistics.publishedTables(null, null)));
        model.addAttribute("agencies", committee.allAgencies());
        model.addAttribute("tag", tag);
        model.addAttribute("agency", agency);
        return "publicsite/datasets";
    }

    /** The page shows dates in the ROC calendar; the files and JSON keep ISO dates for machines. */
    private static java.util.Map<String, String> readable(java.util.Map<String, String> metadata) {
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        metadata.forEach((k, v) -> shown.put(k, v != null && v.matches("\\d{4}-\\d{2}-\\d{2}")
                ? tw.mainstream.shared.time.RocDates.format(java.time.LocalDate.parse(v)) : v));
        return shown;
    }

    @GetMapping("/public/datasets/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("table", statistics.publishedTable(id));
        model.addAttribute("metadata", readable(statistics.metadata(id)));
        model.addAttribute("figures", statistics.publishedFigures(id));
        model.addAttribute("data", statistics.publishedData(id));
        return "publicsite/dataset";
    }

    @GetMapping("/public/datasets/{id}/data.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return file(statistics.openDataFile(id, "csv"));
    }

    @GetMapping("/public/datasets/{id}/data.ods")
    ResponseEntity<byte[]> ods(@PathVariable long id) {
        return file(statistics.openDataFile(id, "ods"));
    }

    @GetMapping(value = "/public/datasets/{id}/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@PathVariable long id) {
        return statistics.openDataJson(id);
    }

    /** The catalogue as JSON, or JSON-LD for {@code Accept: application/ld+json} (the same document). */
    @GetMapping(value = "/public/catalog.json", produces = {MediaType.APPLICATION_JSON_VALUE, JSON_LD})
    @ResponseBody
    Map<String, Object> catalog(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<PublicDatasets.MemberList> memberLists = committee.allAgencies().stream()
                .filter(a -> members.of(a.id()).stream().anyMatch(tf -> !tf.members().isEmpty()))
                .map(a -> new PublicDatasets.MemberList(a.id(), a.name())).toList();
        return PublicDatasets.catalog(statistics.publishedTables(null, null), statistics::metadata, memberLists,
                publisher, base);
    }

    static ResponseEntity<byte[]> file(OpenDataFile f) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(f.mediaType())).body(f.content());
    }
}
