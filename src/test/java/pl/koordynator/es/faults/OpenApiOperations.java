package pl.koordynator.es.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations of an OpenAPI 3 document as the fuzzer needs them: method, path template,
 * parameters and request body with their schemas ({@code $ref}s resolved against the document's
 * components), and the response statuses the document lists.
 */
final class OpenApiOperations {

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, String id, List<Parameter> parameters,
            Map<String, JsonNode> bodies, boolean bodyRequired, Set<String> statuses) {

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : concat(path.getValue().path("parameters"), operation.path("parameters"))) {
                    JsonNode resolved = resolve(parameter);
                    parameters.add(new Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
                            resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                JsonNode body = resolve(operation.path("requestBody"));
                for (Map.Entry<String, JsonNode> content : body.path("content").properties()) {
                    bodies.put(content.getKey(), resolve(content.getValue().path("schema")));
                }
                Set<String> statuses = new LinkedHashSet<>(operation.path("responses").propertyNames());
                operations.add(new Operation(method, path.getKey(), operation.path("operationId").asString(""),
                        parameters, bodies, body.path("required").asBoolean(false), statuses));
            }
        }
        return operations;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }

    /** The node with its {@code $ref} followed (once; a schema's own properties are resolved as they are used). */
    JsonNode resolve(JsonNode node) {
        for (int hops = 0; node != null && node.has("$ref") && hops < 10; hops++) {
            String ref = node.get("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            node = target;
        }
        if (node == null || node.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (node.has("allOf") && node instanceof ObjectNode object) {
            // springdoc writes allOf for inherited records; the fuzzer reads it as one object
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            merged.put("type", "object");
            ObjectNode properties = merged.putObject("properties");
            for (JsonNode part : object.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
                if (resolved.has("required")) {
                    merged.set("required", resolved.get("required"));
                }
            }
            return merged;
        }
        return node;
    }
}
