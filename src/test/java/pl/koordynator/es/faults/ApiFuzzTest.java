package pl.koordynator.es.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.catalogue.CatalogueFixtures;
import pl.koordynator.es.committee.CommitteePublicFixtures;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.localplans.LocalPlansFixtures;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.testing.ApiDocument;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document, called over real HTTP with inputs generated from its
 * schemas (valid, broken and garbage) by every role: the API never answers 5xx, every 4xx is a
 * problem+json document with the same status, every status is one the document lists (once it
 * lists problem answers at all), and a rejected request leaves every application table as it was.
 * A 406 to a client whose Accept admits none of the operation's documented answer types is counted apart ({@code not_acceptable_unlisted})
 * while the document does not list 406.
 * <p>
 * Sizes and seed: {@code -Dfuzz.requests=20000} (default 1500), {@code -Dfuzz.seed=N} (default
 * fixed, printed). Figures go to {@code target/faults/fuzz.properties}.
 */
class ApiFuzzTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ApiFuzzTest.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> ROLES = List.of("ANONYMOUS", "ADMIN", "OWES", "PES", "PARTNER", "COMMITTEE");
    private static final List<String> GARBAGE_IDS = List.of("0", "-1", "999999", "abc", "99999999999999999999",
            "1.5", "%C5%BC", "%20", "1e3", "0x10");

    @Autowired
    SupportFixtures support;
    @Autowired
    EventsFixtures events;
    @Autowired
    CatalogueFixtures catalogue;
    @Autowired
    CommitteePublicFixtures committee;
    @Autowired
    LocalPlansFixtures localPlans;
    @Autowired
    NeedsFixtures needs;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> authorisations = new HashMap<>();
    /** Values for path parameters seen in answers, by the parameter's name; "id" holds every id seen. */
    private final Map<String, List<String>> pool = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> perRole = new TreeMap<>();
    private final Map<String, Integer> perStatus = new TreeMap<>();
    private final Set<String> operationsAnswered2xx = new LinkedHashSet<>();
    private int serverErrors;
    private int nonProblem4xx;
    private int undocumented;
    private int notAcceptableUnlisted;
    private int rejectedWithChanges;
    private int requests;

    private Random random;
    private SchemaValues values;
    private OpenApiOperations document;
    private ApiDocument contract;
    private DatabaseChanges changes;

    record Sent(String method, String target, String role, String contentType, String body, String accept) {

        Sent(String method, String target, String role, String contentType, String body) {
            this(method, target, role, contentType, body, null);
        }

        Sent accepting(String type) {
            return new Sent(method, target, role, contentType, body, type);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
            return method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " as " + role
                    + (accept == null ? "" : " (Accept: " + accept + ")") + (contentType == null ? "" : " [" + contentType + "] " + shown);
        }
    }

    record Answer(int status, String contentType, String body) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    @Test
    void everyOperationAnswersWithinItsContractAndRejectedRequestsChangeNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20260525L);
        int total = Integer.getInteger("fuzz.requests", 1500);
        log.info("API fuzzing: {} requests, seed {} (repeat with -Dfuzz.seed={})", total, seed, seed);
        random = new Random(seed);

        JsonNode apiDocs = MAPPER.readTree(send(new Sent("GET", "/v3/api-docs", "ANONYMOUS", null, null)).body());
        Path out = Path.of("target", "faults");
        Files.createDirectories(out);
        Files.writeString(out.resolve("api-docs.json"), apiDocs.toPrettyString());
        document = new OpenApiOperations(apiDocs);
        contract = new ApiDocument(apiDocs);
        values = new SchemaValues(random, document::resolve);
        List<OpenApiOperations.Operation> operations = document.all().stream()
                .filter(operation -> operation.path().startsWith("/api/")).toList();
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(20);

        world();
        changes = new DatabaseChanges(jdbc);
        Map<String, String> before;
        Map<String, String> after;
        int rejectedPhase = 0;
        boolean rejectedPhaseAllRejected = true;
        try {
            changes.install();
            for (OpenApiOperations.Operation operation : operations) {
                if (operation.method().equals("GET") && operation.parameters().stream()
                        .noneMatch(p -> p.in().equals("path"))) {
                    send(new Sent("GET", operation.path(), "ADMIN", null, null));
                }
            }
            for (int i = 0; i < total; i++) {
                if (i % 40 == 0) {
                    relieveLimits();
                }
                OpenApiOperations.Operation operation = operations.get(i % operations.size());
                String role = ROLES.get(random.nextInt(ROLES.size()));
                exercise(operation, accepting(request(operation, role, false)));
            }
            // a phase of requests that must all be refused: the tables are compared whole around it
            relieveLimits();
            before = changes.checksums();
            // writes that never succeeded in the main phase, so that a mutated request to them must be refused
            List<OpenApiOperations.Operation> writes = operations.stream().filter(OpenApiOperations.Operation::writes)
                    .filter(operation -> !operationsAnswered2xx.contains(operation.toString())).toList();
            int phase = Math.max(writes.size(), total / 20);
            for (int i = 0; i < phase; i++) {
                if (i % 40 == 0) {
                    jdbc.sql("delete from rate_limit_bucket").update();
                }
                OpenApiOperations.Operation operation = writes.get(i % writes.size());
                Answer answer = exercise(operation, accepting(request(operation, ROLES.get(random.nextInt(ROLES.size())),
                        true)));
                rejectedPhase++;
                if (answer.status() < 400) {
                    rejectedPhaseAllRejected = false;
                    failures.add("a mutated write to an operation that never succeeded was accepted (" + answer.status()
                            + "): " + operation);
                }
            }
            after = changes.checksums();
        } finally {
            changes.uninstall();
        }
        List<String> changedTables = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
        if (rejectedPhaseAllRejected && !changedTables.isEmpty()) {
            failures.add("tables changed by a phase of only rejected requests: " + changedTables);
        }

        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("requests", String.valueOf(requests));
        figures.put("operations", String.valueOf(operations.size()));
        figures.put("operations_with_2xx", String.valueOf(operationsAnswered2xx.size()));
        perRole.forEach((role, count) -> figures.put("per_role." + role, String.valueOf(count)));
        perStatus.forEach((status, count) -> figures.put("status." + status, String.valueOf(count)));
        figures.put("server_errors", String.valueOf(serverErrors));
        figures.put("non_problem_4xx", String.valueOf(nonProblem4xx));
        figures.put("undocumented_statuses", String.valueOf(undocumented));
        figures.put("not_acceptable_unlisted", String.valueOf(notAcceptableUnlisted));
        figures.put("rejected_with_changes", String.valueOf(rejectedWithChanges));
        figures.put("rejected_phase_requests", String.valueOf(rejectedPhase));
        figures.put("rejected_phase_tables_changed", rejectedPhaseAllRejected ? String.valueOf(changedTables.size())
                : "n/a (a request of the phase was accepted)");
        figures.put("tables_watched", String.valueOf(changes.tables().size()));
        figures.put("seed", String.valueOf(seed));
        StringBuilder text = new StringBuilder();
        figures.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(out.resolve("fuzz.properties"), text);
        Files.write(out.resolve("fuzz-failures.txt"), failures);
        log.info("API fuzzing figures:\n{}", text);

        assertThat(failures).as("%d failures (seed %d, all in target/faults/fuzz-failures.txt), the first 20:\n%s",
                failures.size(), seed, String.join("\n\n", failures.subList(0, Math.min(20, failures.size()))))
                .isEmpty();
    }

    /** Organisations of every kind the roles belong to, their users, and records of most modules, so ids exist. */
    private void world() {
        OrganisationView owes = support.owes("OWES Pomorze");
        OrganisationView pes = support.pes("Spółdzielnia Socjalna Fuzz");
        OrganisationView jst = support.jst("Gmina Fuzz");
        account(Role.ADMIN, null);
        account(Role.OWES, owes.id());
        account(Role.PES, pes.id());
        account(Role.PARTNER, jst.id());
        account(Role.COMMITTEE, null);
        tolerant("an event", () -> events.published(events.training("Szkolenie z ekonomii społecznej", 20)));
        tolerant("a catalogue offer", () -> {
            CatalogueFixtures.Pes seller = catalogue.pes("Spółdzielnia Sklep", EventsFixtures.GDANSK, "Gdańsk");
            return catalogue.published(seller, CatalogueFixtures.input(seller.organisation().id(), "Catering",
                    "Obiady dla szkół", "CATERING"));
        });
        tolerant("a committee", () -> {
            committee.signInAsRops();
            try {
                return committee.committee();
            } finally {
                committee.signOut();
            }
        });
        tolerant("a local plan", () -> localPlans.plan(EventsFixtures.GDANSK, jst, owes));
        tolerant("a need", () -> needs.published(needs.pesUser("Spółdzielnia Potrzeb", EventsFixtures.GDANSK),
                NeedsFixtures.input(EventsFixtures.GDANSK, "Potrzebny lokal")));
        for (String table : List.of("organisation", "event", "user_account", "catalogue_offer", "committee_term",
                "committee_meeting", "committee_member", "committee_document", "localplans_plan", "reported_need")) {
            jdbc.sql("select id from " + table).query(Long.class).list()
                    .forEach(id -> remember("id", String.valueOf(id)));
        }
    }

    private void account(Role role, Long organisationId) {
        UserView user = users.create("fuzz-" + role.name().toLowerCase() + "-" + System.nanoTime(), role, organisationId);
        authorisations.put(role.name(), "Basic " + Base64.getEncoder().encodeToString(
                (user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static void tolerant(String what, Supplier<?> make) {
        try {
            make.get();
        } catch (RuntimeException e) {
            log.warn("Fuzz world: {} could not be made: {}", what, e.toString());
        }
    }

    /** The test's limits are the production ones; between batches the counters start again (never a new context). */
    private void relieveLimits() {
        jdbc.sql("delete from rate_limit_bucket").update();
        jdbc.sql("delete from login_throttle").update();
    }

    // ---------------------------------------------------------------- requests

    /** Most clients ask for JSON or anything; a few for a type the API does not write. */
    private Sent accepting(Sent sent) {
        int dice = random.nextInt(20);
        return dice == 0 ? sent.accepting("text/html") : dice == 1 ? sent.accepting("application/xml")
                : dice < 12 ? sent.accepting("application/json, application/problem+json") : sent;
    }

    private Sent request(OpenApiOperations.Operation operation, String role, boolean mustBeRejected) {
        StringBuilder target = new StringBuilder();
        String path = operation.path();
        for (int at = 0; at < path.length(); ) {
            int open = path.indexOf('{', at);
            if (open < 0) {
                target.append(path, at, path.length());
                break;
            }
            int close = path.indexOf('}', open);
            target.append(path, at, open).append(pathValue(path.substring(open + 1, close), operation));
            at = close + 1;
        }
        List<String> query = new ArrayList<>();
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query") || !(parameter.required() || random.nextBoolean())) {
                continue;
            }
            JsonNode schema = document.resolve(parameter.schema());
            if (schema.has("properties") && !schema.has("type") || "object".equals(schema.path("type").asString(""))) {
                for (var property : schema.path("properties").properties()) {
                    if (random.nextBoolean()) {
                        query.add(queryPair(property.getKey(), property.getValue()));
                    }
                }
            } else {
                query.add(queryPair(parameter.name(), schema));
            }
        }
        if (random.nextInt(10) == 0) {
            query.add(encode(values.word()) + "=" + encode(values.oddString()));
        }
        if (!query.isEmpty()) {
            target.append('?').append(String.join("&", query));
        }
        if (!operation.writes()) {
            return new Sent(operation.method(), target.toString(), role, null, null);
        }
        return body(operation, role, target.toString(), mustBeRejected);
    }

    private String pathValue(String name, OpenApiOperations.Operation operation) {
        JsonNode schema = operation.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> document.resolve(p.schema())).orElse(JsonNodeFactory.instance.objectNode());
        int dice = random.nextInt(10);
        if (dice < 3) {
            return GARBAGE_IDS.get(random.nextInt(GARBAGE_IDS.size()));
        }
        if (schema.has("enum") || name.equals("year")) {
            return name.equals("year") ? String.valueOf(2018 + random.nextInt(12))
                    : encode(values.valid(schema, 0).asString());
        }
        List<String> known = pool.getOrDefault(name, pool.getOrDefault(
                "integer".equals(schema.path("type").asString("")) ? "id" : name, List.of()));
        if (known.isEmpty() || dice == 3) {
            known = pool.getOrDefault("id", List.of("1"));
        }
        return known.get(random.nextInt(known.size()));
    }

    private String queryPair(String name, JsonNode schema) {
        String value;
        int dice = random.nextInt(10);
        if (dice < 6) {
            JsonNode valid = values.valid(schema, 3);
            value = valid.isArray() ? (valid.isEmpty() ? "" : valid.get(0).asString()) : valid.asString();
        } else if (dice < 8 && (name.equals("page") || name.equals("size") || name.equals("limit"))) {
            value = String.valueOf(values.oddLong());
        } else {
            JsonNode wrong = values.wrong(schema);
            value = wrong.isString() ? wrong.asString() : wrong.toString();
            if (value.length() > 3000) {
                value = value.substring(0, 3000);
            }
        }
        return encode(name) + "=" + encode(value);
    }

    private Sent body(OpenApiOperations.Operation operation, String role, String target, boolean mustBeRejected) {
        Map<String, JsonNode> bodies = operation.bodies();
        String type = bodies.isEmpty() ? "application/json" : new ArrayList<>(bodies.keySet()).get(
                random.nextInt(bodies.size()));
        JsonNode schema = bodies.getOrDefault(type, JsonNodeFactory.instance.objectNode());
        int dice = mustBeRejected ? 90 + random.nextInt(10) : random.nextInt(100);
        if (type.startsWith("multipart/")) {
            return multipart(operation, role, target, schema, dice);
        }
        if (bodies.isEmpty() && dice < 60) {
            return new Sent(operation.method(), target, role, null, null);
        }
        if (dice < 45) {
            JsonNode value = values.valid(schema, 0);
            challenge(value, role);
            return new Sent(operation.method(), target, role, type, value.toString());
        }
        if (dice < 80) {
            JsonNode value = values.mutated(schema);
            challenge(value, role);
            return new Sent(operation.method(), target, role, type, value.toString());
        }
        return switch (dice % 10) {
            case 0, 1 -> new Sent(operation.method(), target, role, type, "{\"" + values.word() + "\": ");
            case 2 -> new Sent(operation.method(), target, role, type, values.oddString());
            case 3 -> new Sent(operation.method(), target, role, "text/plain", values.valid(schema, 0).toString());
            case 4 -> new Sent(operation.method(), target, role, "application/xml", "<a>" + values.word() + "</a>");
            case 5 -> new Sent(operation.method(), target, role, type, "[null, 1, \"x\"]");
            case 6 -> new Sent(operation.method(), target, role, type, "\"" + values.word() + "\"");
            case 7 -> new Sent(operation.method(), target, role, type, "null");
            case 8 -> new Sent(operation.method(), target, role, type, "{\"a\":" + "[".repeat(2000));
            default -> new Sent(operation.method(), target, role, type, "");
        };
    }

    /** Anonymous visitors' writes need a solved proof of work: half the time they bring one. */
    private void challenge(JsonNode value, String role) {
        if (value instanceof ObjectNode object && object.has("altcha") && role.equals("ANONYMOUS")
                && random.nextBoolean()) {
            object.put("altcha", challenges.solved());
        }
    }

    private Sent multipart(OpenApiOperations.Operation operation, String role, String target, JsonNode schema,
            int dice) {
        if (dice >= 90) {
            return new Sent(operation.method(), target, role, dice % 2 == 0 ? "application/json" : "text/plain",
                    dice % 2 == 0 ? "{}" : values.oddString());
        }
        String boundary = "fuzz" + Long.toHexString(random.nextLong());
        StringBuilder body = new StringBuilder();
        for (var property : document.resolve(schema).path("properties").properties()) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            JsonNode propertySchema = document.resolve(property.getValue());
            boolean file = "binary".equals(propertySchema.path("format").asString(""))
                    || "binary".equals(propertySchema.path("items").path("format").asString(""));
            body.append("--").append(boundary).append("\r\n");
            if (file) {
                String[] names = {"dane.csv", "plik.xlsx", "zdjecie.jpg", "dok.pdf", "x", "../../a.exe", "ż.txt"};
                body.append("Content-Disposition: form-data; name=\"").append(property.getKey())
                        .append("\"; filename=\"").append(names[random.nextInt(names.length)]).append("\"\r\n")
                        .append("Content-Type: ").append(random.nextBoolean() ? "text/csv" : "application/octet-stream")
                        .append("\r\n\r\n").append(random.nextBoolean() ? "kod;nazwa;wartosc\n2261011;Gdańsk;"
                                + values.anyLong() + "\n" : values.oddString()).append("\r\n");
            } else {
                JsonNode value = dice < 60 ? values.valid(propertySchema, 1) : values.wrong(propertySchema);
                body.append("Content-Disposition: form-data; name=\"").append(property.getKey()).append("\"\r\n\r\n")
                        .append(value.isString() ? value.asString() : value.toString()).append("\r\n");
            }
        }
        body.append("--").append(boundary).append("--\r\n");
        return new Sent(operation.method(), target, role, "multipart/form-data; boundary=" + boundary,
                body.toString());
    }

    // ---------------------------------------------------------------- answers

    private Answer exercise(OpenApiOperations.Operation operation, Sent sent) throws Exception {
        long mark = changes.mark();
        Answer answer = send(sent);
        requests++;
        perRole.merge(sent.role(), 1, Integer::sum);
        perStatus.merge(String.valueOf(answer.status()), 1, Integer::sum);
        int status = answer.status();
        if (status >= 500) {
            serverErrors++;
            fail("server error", sent, answer);
        } else if (status >= 400) {
            List<String> problems = problemFaults(answer);
            if (!problems.isEmpty()) {
                nonProblem4xx++;
                fail("4xx is not a problem: " + problems, sent, answer);
            }
            List<String> written = changes.since(mark);
            if (!written.isEmpty()) {
                rejectedWithChanges++;
                fail("rejected request wrote " + written, sent, answer);
            }
        } else if (status < 300) {
            operationsAnswered2xx.add(operation.toString());
            collect(answer);
        }
        // the operation the request reaches (a garbage id may lead to another template) and its statuses
        var reached = contract.matchOperation(sent.method(), sent.target());
        Set<String> documented = reached.map(ApiDocument.Operation::statuses).orElse(operation.statuses());
        boolean listed = documented.contains(String.valueOf(status)) || documented.contains(status / 100 + "XX")
                || documented.contains("default");
        if (documented.stream().anyMatch(s -> s.startsWith("4")) && !listed) {
            if (status == 406 && refusesEveryAnswer(sent, reached)) {
                notAcceptableUnlisted++;
            } else {
                undocumented++;
                fail("status not in the document (" + documented + ")", sent, answer);
            }
        }
        return answer;
    }

    /** The client's Accept admits none of the types the operation's 2xx answers are documented in. */
    private static boolean refusesEveryAnswer(Sent sent, java.util.Optional<ApiDocument.Operation> reached) {
        if (sent.accept() == null) {
            return false;
        }
        Set<String> produced = new LinkedHashSet<>();
        reached.ifPresent(operation -> operation.statuses().stream().filter(status -> status.startsWith("2"))
                .forEach(status -> produced.addAll(operation.response(status).path("content").propertyNames())));
        if (produced.isEmpty()) {
            produced.add("application/json");
        }
        return org.springframework.http.MediaType.parseMediaTypes(sent.accept()).stream().noneMatch(accepted ->
                produced.stream().anyMatch(type -> accepted.isCompatibleWith(
                        org.springframework.http.MediaType.parseMediaType(type))));
    }

    private static List<String> problemFaults(Answer answer) {
        List<String> faults = new ArrayList<>();
        if (!answer.contentType().startsWith("application/problem+json")) {
            faults.add("Content-Type " + answer.contentType());
            return faults;
        }
        try {
            JsonNode problem = MAPPER.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status()) {
                faults.add("status " + problem.path("status") + " in the body");
            }
            if (answer.status() == 400 && problem.has("errors")) {
                for (JsonNode error : problem.get("errors")) {
                    if (!error.path("field").isString()) {
                        faults.add("an error without its field: " + error);
                    }
                }
            }
        } catch (RuntimeException e) {
            faults.add("body is not JSON");
        }
        return faults;
    }

    private void fail(String what, Sent sent, Answer answer) {
        failures.add(what + "\n  " + sent + "\n  → " + answer);
    }

    private void collect(Answer answer) {
        if (!answer.contentType().contains("json")) {
            return;
        }
        try {
            collect(MAPPER.readTree(answer.body()), null);
        } catch (RuntimeException ignored) {
            // a 2xx body the fuzzer cannot read yields no ids; its contract is checked elsewhere
        }
    }

    private void collect(JsonNode node, String name) {
        if (node.isObject()) {
            node.properties().forEach(property -> collect(property.getValue(), property.getKey()));
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                if (i++ < 20) {
                    collect(element, name);
                }
            }
        } else if (name != null && node.isIntegralNumber() && (name.equals("id") || name.endsWith("Id"))) {
            remember(name, node.asString());
            remember("id", node.asString());
        } else if (name != null && node.isString() && (name.equals("code") || name.equals("key"))
                && node.asString().length() < 60) {
            remember(name, encode(node.asString()));
        }
    }

    private void remember(String name, String value) {
        List<String> known = pool.computeIfAbsent(name, n -> new ArrayList<>());
        if (known.size() < 200 && !known.contains(value)) {
            known.add(value);
        }
    }

    private Answer send(Sent sent) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + sent.target()))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", random.nextBoolean() ? "pl" : "en");
        if (sent.accept() != null) {
            builder.header("Accept", sent.accept());
        }
        String authorisation = authorisations.get(sent.role());
        if (authorisation != null) {
            builder.header("Authorization", authorisation);
        }
        if (sent.contentType() != null) {
            builder.header("Content-Type", sent.contentType());
        }
        HttpRequest.BodyPublisher body = sent.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(sent.body(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(builder.method(sent.method(), body).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
