package tw.mainstream.trust;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible request body from an OpenAPI schema: every property filled, enums with their first
 * value, dates in range, {@code xxxId} fields with a record of the attacked scope (through
 * {@code ids}, by the plural segment name: {@code taskForceId} → {@code task-forces}), and the
 * values of the record's own current JSON where it has them (its version among them).
 */
final class SampleBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonNode schemas;
    private final Function<String, Long> ids;

    SampleBodies(JsonNode document, Function<String, Long> ids) {
        this.schemas = document.path("components").path("schemas");
        this.ids = ids;
    }

    JsonNode sample(JsonNode schema, String name, JsonNode current, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return sample(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), name, current, depth);
        }
        if (current != null && !current.isNull() && !current.isContainer() && !name.isEmpty()) {
            return current;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "object" -> object(schema, current, depth);
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (depth < 6) {
                    a.add(sample(schema.path("items"), singular(name), null, depth + 1));
                }
                yield a;
            }
            case "integer", "number" -> number(schema, name);
            case "boolean" -> NODES.booleanNode(true);
            default -> text(schema, name);
        };
    }

    private JsonNode object(JsonNode schema, JsonNode current, int depth) {
        ObjectNode o = NODES.objectNode();
        if (depth > 6) {
            return o;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode own = current == null ? null : current.get(p.getKey());
            o.set(p.getKey(), sample(p.getValue(), p.getKey(), own, depth + 1));
        }
        return o;
    }

    private JsonNode number(JsonNode schema, String name) {
        if (name.equals("version")) {
            return NODES.numberNode(0L);
        }
        if (name.endsWith("Id") || name.endsWith("Ids")) {
            Long id = ids.apply(segment(name));
            return NODES.numberNode(id == null ? 1L : id);
        }
        return NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1L);
    }

    private static JsonNode text(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        if (format.equals("date") || name.endsWith("On") || name.endsWith("Date") || name.equals("deadline")) {
            return NODES.stringNode("2030-01-15");
        }
        if (format.equals("date-time")) {
            return NODES.stringNode("2030-01-15T10:00:00Z");
        }
        if (format.equals("email")) {
            return NODES.stringNode("probe@example.org");
        }
        if (name.endsWith("Time") || name.equals("adjournedAt")) {
            return NODES.stringNode(name.startsWith("end") ? "16:00" : "14:00");
        }
        String value = "跨範圍寫入測試";
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return NODES.stringNode(value.substring(0, Math.min(value.length(), Math.max(1, max))));
    }

    /** {@code leadUnitId} → {@code units}, {@code taskForceId} → {@code task-forces}, {@code agencyIds} → {@code agencies}. */
    static String segment(String idName) {
        String base = idName.replaceAll("Ids?$", "");
        base = base.replaceAll("^(lead|supporting|parent|origin)(?=[A-Z])", "");
        if (base.isEmpty()) {
            return "";
        }
        String kebab = base.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        if (kebab.equals("agency") || kebab.equals("parent")) {
            return "agencies";
        }
        return kebab.endsWith("y") ? kebab.substring(0, kebab.length() - 1) + "ies" : kebab + "s";
    }

    private static String singular(String name) {
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }
}
