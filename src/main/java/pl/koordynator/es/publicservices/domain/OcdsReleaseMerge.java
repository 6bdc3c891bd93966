package pl.koordynator.es.publicservices.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The releases of one ocid merged into one, as OCDS compiles a record: in the order of their
 * {@code date}, later releases overwrite earlier ones, objects field by field and arrays of objects
 * item by item by their {@code id}; anything else is replaced.
 */
final class OcdsReleaseMerge {

    private OcdsReleaseMerge() {
    }

    /** The release's {@code date}, for ordering; null when it has none or it does not parse. */
    static OffsetDateTime dateOf(JsonNode release) {
        String date = release.path("date").isString() ? release.path("date").stringValue() : null;
        return date == null ? null : dateTime(date);
    }

    /** OCDS merging: objects field by field, arrays of objects with an id by id, anything else replaced. */
    static void merge(ObjectNode target, JsonNode source, JsonMapper json) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            JsonNode old = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject() && old != null && old.isObject()) {
                merge((ObjectNode) old, value, json);
            } else if (value.isArray() && old != null && old.isArray() && identified(value) && identified(old)) {
                Map<String, JsonNode> items = new LinkedHashMap<>();
                old.values().forEach(item -> items.put(item.path("id").asString(), item.deepCopy()));
                for (JsonNode item : value.values()) {
                    JsonNode existing = items.get(item.path("id").asString());
                    if (existing != null && existing.isObject()) {
                        merge((ObjectNode) existing, item, json);
                    } else {
                        items.put(item.path("id").asString(), item.deepCopy());
                    }
                }
                target.set(field.getKey(), json.createArrayNode().addAll(items.values()));
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean identified(JsonNode array) {
        return !array.isEmpty() && array.values().stream().allMatch(item -> item.isObject() && item.has("id"));
    }

    /** An OCDS date-time, or a plain ISO date as midnight UTC; null when it is neither. */
    static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
