package pl.koordynator.es.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.ApiDocument;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RawHttp;
import pl.koordynator.es.testing.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's description promises, for every operation, the problems it can answer with and a
 * schema for every successful body; and the product answers those problems as it promises.
 */
class ApiContractTest extends IntegrationTest {

    private static final List<String> PROBLEM_STATUSES = List.of("400", "401", "403", "404", "406", "409", "415",
            "422", "429");

    @Autowired
    JsonMapper json;

    private ApiDocument document() throws Exception {
        ApiDocument document = ApiDocument.load(mvc);
        Path copy = Path.of("target", "api-docs.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, document.root().toPrettyString(), StandardCharsets.UTF_8);
        return document;
    }

    @Test
    void everyOperationDocumentsEachProblemItCanAnswerWith() throws Exception {
        ApiDocument document = document();
        int counted = 0;
        for (JsonNode path : document.root().path("paths")) {
            for (String method : List.of("get", "put", "post", "delete", "patch")) {
                counted += path.has(method) ? 1 : 0;
            }
        }
        assertThat(document.operations()).hasSize(counted);
        assertThat(counted).as("operations in /v3/api-docs").isGreaterThan(60);

        JsonNode problem = document.root().path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        JsonNode fieldError = document.resolve(problem.path("properties").path("errors").path("items"));
        assertThat(fieldError.path("properties").propertyNames()).contains("field", "message");

        List<String> missing = new ArrayList<>();
        for (ApiDocument.Operation operation : document.operations()) {
            for (String status : PROBLEM_STATUSES) {
                JsonNode response = document.resolve(operation.response(status));
                JsonNode schema = response.path("content").path("application/problem+json").path("schema");
                if (!schema.path("$ref").asString("").equals("#/components/schemas/Problem")) {
                    missing.add(operation + " " + status);
                } else if (response.path("description").asString("").isBlank()) {
                    missing.add(operation + " " + status + " (no description)");
                } else if (status.equals("429") && !response.path("headers").has("Retry-After")) {
                    missing.add(operation + " 429 without Retry-After");
                }
            }
        }
        assertThat(missing).as("problem responses not documented").isEmpty();
    }

    @Test
    void everySuccessfulBodyHasASchema() throws Exception {
        ApiDocument document = document();
        List<String> without = new ArrayList<>();
        for (ApiDocument.Operation operation : document.operations()) {
            boolean anySuccess = false;
            for (String status : operation.statuses()) {
                if (!status.startsWith("2")) {
                    continue;
                }
                anySuccess = true;
                JsonNode response = document.resolve(operation.response(status));
                JsonNode content = response.path("content");
                if (status.equals("204")) {
                    if (!content.isMissingNode() && !content.isEmpty()) {
                        without.add(operation + " 204 with a body");
                    }
                    continue;
                }
                if (content.isMissingNode() || content.isEmpty()) {
                    without.add(operation + " " + status + " without content");
                    continue;
                }
                for (String type : content.propertyNames()) {
                    JsonNode schema = document.resolve(content.path(type).path("schema"));
                    if (type.equals("*/*")) {
                        without.add(operation + " " + status + " as */*");
                    } else if (schema.isMissingNode() || schema.isEmpty()) {
                        without.add(operation + " " + status + " " + type + " without a schema");
                    }
                }
            }
            if (!anySuccess) {
                without.add(operation + " with no 2xx");
            }
        }
        assertThat(without).as("successful answers without a described body").isEmpty();
        // the statuses the API really answers with: 201 for what a POST creates, 204 for a delete
        assertThat(document.documentedStatuses("POST", "/api/v1/organisations")).contains("201").doesNotContain("200");
        assertThat(document.documentedStatuses("DELETE", "/api/v1/events/{id}")).contains("204").doesNotContain("200");
        assertThat(document.operation("GET", "/api/v1/networks/graph.graphml").orElseThrow().response("200")
                .path("content").propertyNames()).containsExactly("application/graphml+xml");
    }

    @Test
    void anAnonymousCallerOfAProtectedOperationGetsTheDocumented401() throws Exception {
        ApiDocument document = document();
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/audit", "Accept: application/json");
        assertThat(answer.status()).isEqualTo(401);
        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(document.matchOperation("GET", "/api/v1/audit")).isPresent();
        assertThat(document.documentedStatuses("GET", "/api/v1/audit")).contains("401");
    }

    @Test
    void anUnknownAddressUnderTheApiIsAProblem404() throws Exception {
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/no-such-thing", "Accept: application/json",
                basic());
        assertThat(answer.status()).isEqualTo(404);
        assertProblem(answer, 404);
    }

    @Test
    void aSignedInUserWithoutTheRoleGetsTheDocumented403() throws Exception {
        users.create("partner-contract", Role.PARTNER);
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/audit", "Accept: application/json",
                basic("partner-contract", TestUsers.PASSWORD));
        assertThat(answer.status()).isEqualTo(403);
        assertProblem(answer, 403);
    }

    @Test
    void aBodyOfATypeTheOperationDoesNotReadIsAProblem415NamingTheTypesItDoes() throws Exception {
        ApiDocument document = document();
        assertThat(document.documentedStatuses("POST", "/api/v1/organisations")).contains("415");
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/v1/organisations",
                new String[] {"Accept: application/json", "Content-Type: text/plain", basic()},
                "name=Fundacja".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(415);
        assertProblem(answer, 415);
        assertThat(json.readTree(answer.body()).path("accepted").toString()).contains("application/json");
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isZero();
    }

    @Test
    void aMethodTheAddressDoesNotHaveIsAProblem405() throws Exception {
        ApiDocument document = document();
        assertThat(document.matchOperation("PATCH", "/api/v1/audit")).isEmpty();
        RawHttp.Answer answer = RawHttp.send(port, "PATCH", "/api/v1/audit",
                new String[] {"Accept: application/json", "Content-Type: application/json", basic()},
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(405);
        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).contains("GET");
    }

    @Test
    void anAnswerInATypeTheClientDoesNotTakeIsAProblem406() throws Exception {
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/audit", "Accept: application/xml", basic());
        assertThat(answer.status()).isEqualTo(406);
        assertProblem(answer, 406);
    }

    @Test
    void tooManyRequestsIsTheDocumented429WithRetryAfter() throws Exception {
        ApiDocument document = document();
        JsonNode documented = document.resolve(document.operation("GET", "/api/v1/organisations").orElseThrow()
                .response("429"));
        assertThat(documented.path("headers").has("Retry-After")).isTrue();
        int status = 0;
        MvcResult last = null;
        for (int i = 0; i < 200 && status != 429; i++) {
            last = mvc.perform(get("/api/v1/organisations?q=kontrakt").with(request -> {
                request.setRemoteAddr("198.51.100.125");
                return request;
            })).andReturn();
            status = last.getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
        assertThat(Integer.parseInt(last.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(last.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(last.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("status").asInt()).isEqualTo(429);
        assertThat(body.path("detail").asString()).isNotBlank();
    }

    @Test
    void everyRequestTheApiRejectsIsAnsweredAsAProblem() {
        String json = "Content-Type: application/json";
        List<String[]> requests = List.of(
                new String[] {"GET", "/api/v1/no-such-thing", null},
                new String[] {"GET", "/api/v1/organisations/1", null, "Authorization: Basic !!!"},
                new String[] {"GET", "/api/v1/audit", null, "Authorization: Bearer no-such-token"},
                new String[] {"POST", "/api/v1/organisations", "{not json", json, basic()},
                new String[] {"POST", "/api/v1/organisations", "", json, basic()},
                new String[] {"POST", "/api/v1/organisations", "[1, 2]", json, basic()},
                new String[] {"GET", "/api/v1/organisations/abc", null, basic()},
                new String[] {"GET", "/api/v1/events/99999999", null, basic()},
                new String[] {"GET", "/api/v1/organisations?page=abc", null, basic()},
                new String[] {"DELETE", "/api/v1/events/1?version=x", null, basic()},
                new String[] {"POST", "/api/v1/statistics/import", "--x--", "Content-Type: multipart/form-data",
                        basic()},
                new String[] {"GET", "/api/v1/organisations;x=1", null, basic()},
                new String[] {"GET", "/api/v1/organisations/%2e%2e/audit", null, basic()},
                new String[] {"TRACE", "/api/v1/audit", null, basic()});
        List<String> notProblems = new ArrayList<>();
        for (String[] request : requests) {
            List<String> headers = new ArrayList<>(List.of("Accept: application/json"));
            headers.addAll(Arrays.asList(request).subList(3, request.length));
            RawHttp.Answer answer = RawHttp.send(port, request[0], request[1], headers.toArray(String[]::new),
                    request[2] == null ? null : request[2].getBytes(StandardCharsets.UTF_8));
            if (answer.status() < 400 || answer.status() >= 500
                    || !answer.contentType().startsWith("application/problem+json")
                    || !answer.body().contains("\"status\":" + answer.status())) {
                notProblems.add(request[0] + " " + request[1] + " -> " + answer);
            }
        }
        assertThat(notProblems).as("rejections under /api/v1 that are no problem+json 4xx").isEmpty();
    }

    private void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        JsonNode body = json.readTree(answer.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(body.path("instance").asString()).startsWith("/api/");
        assertThat(Set.of("type", "title", "status", "detail", "instance", "errors", "accepted"))
                .containsAll(body.propertyNames());
    }

    private static String basic() {
        return basic("admin", ADMIN_PASSWORD);
    }

    private static String basic(String username, String password) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
