package tw.mainstream.importing;

import java.time.format.DateTimeFormatter;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON form of an import result, one object per file: dates ISO 8601, times HH:mm, enums by name, null
 * where the minutes do not say. A failed file is {@code {"file": …, "error": …}}.
 */
public final class MinutesJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MinutesJson() {
    }

    public static String toJson(ImportResult result) {
        return MAPPER.writeValueAsString(toNode(result));
    }

    public static ObjectNode toNode(ImportResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", result.filename());
        if (!result.isOk()) {
            node.put("error", result.error());
            return node;
        }
        ImportedMinutes m = result.minutes();
        node.put("title", m.title());
        node.put("agency", m.agency());
        node.put("year", m.year());
        node.put("sequence", m.sequence());
        node.put("date", m.date() == null ? null : m.date().toString());
        node.put("startTime", m.startTime() == null ? null : TIME.format(m.startTime()));
        node.put("endTime", m.endTime() == null ? null : TIME.format(m.endTime()));
        node.put("place", m.place());
        node.put("chair", m.chair());
        node.put("recorder", m.recorder());
        node.set("attendance", attendance(m.attendance()));
        node.put("openingRemarks", m.openingRemarks());
        ArrayNode items = node.putArray("items");
        for (ImportedItem item : m.items()) {
            items.add(item(item));
        }
        node.put("chairConclusion", m.chairConclusion());
        strings(node.putArray("uncertainFields"), m.uncertainFields());
        return node;
    }

    private static ObjectNode attendance(Attendance a) {
        ObjectNode node = MAPPER.createObjectNode();
        strings(node.putArray("present"), a.present());
        strings(node.putArray("excused"), a.excused());
        ArrayNode proxies = node.putArray("proxies");
        for (Proxy p : a.proxies()) {
            proxies.addObject().put("member", p.member()).put("proxy", p.proxy());
        }
        strings(node.putArray("observers"), a.observers());
        strings(node.putArray("absent"), a.absent());
        node.put("note", a.note());
        return node;
    }

    private static ObjectNode item(ImportedItem item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", item.kind().name());
        node.put("label", item.label());
        node.put("title", item.title());
        node.put("reportingUnit", item.reportingUnit());
        node.put("explanation", item.explanation());
        ArrayNode remarks = node.putArray("remarks");
        for (Remark r : item.remarks()) {
            remarks.addObject().put("speaker", r.speaker()).put("text", r.text());
        }
        ArrayNode resolutions = node.putArray("resolutions");
        for (ImportedResolution r : item.resolutions()) {
            ObjectNode res = resolutions.addObject();
            res.put("label", r.label());
            res.put("text", r.text());
            res.put("outcome", r.outcome() == null ? null : r.outcome().name());
            res.put("leadUnit", r.leadUnit());
            strings(res.putArray("supportingUnits"), r.supportingUnits());
        }
        strings(node.putArray("tableHeader"), item.tableHeader());
        ArrayNode rows = node.putArray("tableRows");
        for (List<String> row : item.tableRows()) {
            strings(rows.addArray(), row);
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
