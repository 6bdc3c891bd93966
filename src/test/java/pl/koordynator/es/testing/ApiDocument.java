package pl.koordynator.es.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own description at {@code /v3/api-docs}, read as a JSON tree, so that tests can check
 * an answer against what the document promises for its operation.
 */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private final JsonNode root;
    private final List<Operation> operations;

    public ApiDocument(JsonNode root) {
        this.root = root;
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    found.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            method.getValue(), template(path.getKey())));
                }
            }
        }
        this.operations = List.copyOf(found);
    }

    /** Reads the document the application serves (anonymous, as any script would). */
    public static ApiDocument load(MockMvc mvc) {
        try {
            byte[] body = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse()
                    .getContentAsByteArray();
            return parse(new String(body, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("The API document could not be read", e);
        }
    }

    public static ApiDocument parse(String json) {
        return new ApiDocument(JsonMapper.builder().build().readTree(json));
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation under exactly this template ({@code /api/v1/events/{id}}), if the document has it. */
    public Optional<Operation> operation(String method, String pathTemplate) {
        String wanted = method.toUpperCase(Locale.ROOT);
        return operations.stream().filter(o -> o.method().equals(wanted) && o.path().equals(pathTemplate))
                .findFirst();
    }

    /** The statuses ({@code "200"}, {@code "404"}, {@code "default"}) documented for the operation; empty if unknown. */
    public Set<String> documentedStatuses(String method, String pathTemplate) {
        return operation(method, pathTemplate).map(Operation::statuses).orElse(Set.of());
    }

    /**
     * The operation a concrete request reaches ({@code /api/v1/events/42?x=1}): a template without
     * variables wins over one with them, as Spring's own matching prefers the more specific path.
     */
    public Optional<Operation> matchOperation(String method, String concretePath) {
        String wanted = method.toUpperCase(Locale.ROOT);
        String path = URI.create(concretePath.replace(" ", "%20")).getRawPath();
        return operations.stream()
                .filter(o -> o.method().equals(wanted) && o.pattern().matcher(path).matches())
                .min((a, b) -> Integer.compare(a.variables(), b.variables()));
    }

    /** A schema by its reference ({@code #/components/schemas/Problem}), or the node itself if it is none. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asString();
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < path.length()) {
            int open = path.indexOf('{', at);
            if (open < 0) {
                regex.append(Pattern.quote(path.substring(at)));
                break;
            }
            regex.append(Pattern.quote(path.substring(at, open))).append("[^/]+");
            at = path.indexOf('}', open) + 1;
        }
        return Pattern.compile(regex.toString());
    }

    /** One operation: its method, path template and the JSON of its description. */
    public record Operation(String method, String path, JsonNode node, Pattern pattern) {

        public String operationId() {
            return node.path("operationId").asString("");
        }

        public Set<String> statuses() {
            Set<String> statuses = new TreeSet<>();
            node.path("responses").propertyNames().forEach(statuses::add);
            return statuses;
        }

        public JsonNode response(String status) {
            return node.path("responses").path(status);
        }

        public boolean hasRequestBody() {
            return node.has("requestBody");
        }

        int variables() {
            return (int) path.chars().filter(c -> c == '{').count();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
