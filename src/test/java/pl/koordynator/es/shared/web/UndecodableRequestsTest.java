package pl.koordynator.es.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RawHttp;
import pl.koordynator.es.testing.RawHttp.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the server cannot decode, sent byte for byte over a socket (an HTTP client would
 * re-encode them): 400 problem+json on the API, the Polish 400 page on the pages, one log line
 * each with the path and no stack trace and no query text.
 */
@ExtendWith(OutputCaptureExtension.class)
class UndecodableRequestsTest extends IntegrationTest {

    private static final String JSON = "Accept: application/json";
    private static final String BROWSER = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String BAD_REQUEST_PL = "Nie udało się odczytać żądania";

    @Autowired
    JsonMapper json;

    /** Where this test's log starts: the capture also holds the application's start. */
    private int logStart;

    @BeforeEach
    void markLog(CapturedOutput output) {
        logStart = output.getAll().length();
    }

    @Test
    void brokenEscapeInTheQueryOfTheApiIsAProblemNamingTheField(CapturedOutput output) {
        Answer answer = RawHttp.get(port, "/api/v1/events?from=%ZZ", JSON);

        JsonNode problem = problem(answer, 400);
        assertThat(problem.path("detail").asString()).startsWith(BAD_REQUEST_PL);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/events");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("from");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("%XX");
        assertThat(log(output)).contains("Undecodable query: GET /api/v1/events").doesNotContain("%ZZ");
        assertNoStackTrace(output);
    }

    @Test
    void queryThatIsNotUtf8OrEndsInTheMiddleOfAnEscapeIsABadRequestToo(CapturedOutput output) {
        for (String query : new String[] {"q=a%", "q=%C3%28", "q=%FF", "q=%C3", "%ZZ=1", "=1", "a&".repeat(1001)}) {
            Answer answer = RawHttp.get(port, "/api/v1/organisations?" + query, JSON);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(problem(RawHttp.get(port, "/api/v1/organisations?page=0&q=%C3%28", JSON), 400)
                .path("errors").get(0).path("field").asString()).isEqualTo("q");
        assertNoStackTrace(output);
    }

    @Test
    void apiClientsAskingForEnglishGetTheProblemInEnglish() {
        JsonNode problem = problem(RawHttp.get(port, "/api/v1/events?from=%ZZ", JSON, "Accept-Language: en"), 400);

        assertThat(problem.path("detail").asString()).startsWith("The request could not be read");
        assertThat(problem.path("errors").get(0).path("message").asString()).startsWith("is not encoded correctly");
    }

    @Test
    void brokenQueryOfAPageShowsThePolishBadRequestPage(CapturedOutput output) {
        for (String target : new String[] {"/events?q=%ZZ", "/organisations?q=a%", "/organisations?q=%FF",
                "/events?lang=%ZZ"}) {
            assertPolishPage(RawHttp.get(port, target, BROWSER), target);
        }
        assertThat(log(output)).contains("Undecodable query: GET /organisations");
        assertNoStackTrace(output);
    }

    @Test
    void brokenEscapeInThePathIsABadRequestOnTheApiAndOnPages(CapturedOutput output) {
        for (String path : new String[] {"/api/v1/organisations/%ZZ", "/api/v1/organisations/%C3%28",
                "/api/v1/organisations/%FF", "/api/v1/organisations%2F1", "/api/v1/organisations;x=%ZZ",
                "/api/v1/organisations/%25", "/api/v1//organisations"}) {
            JsonNode problem = problem(RawHttp.get(port, path, JSON), 400);
            assertThat(problem.path("detail").asString()).as(path).startsWith(BAD_REQUEST_PL);
        }
        for (String path : new String[] {"/events/%ZZ", "/events/%FF", "/events;x=%ZZ", "/events/%25"}) {
            assertPolishPage(RawHttp.get(port, path, BROWSER), path);
        }
        assertThat(log(output)).contains("Request refused by the server: GET /api/v1/organisations/%ZZ (400");
        assertNoStackTrace(output);
    }

    @Test
    void overLongRequestLineIsAProblemOnTheApiAndThePolishPageElsewhere(CapturedOutput output) {
        String longQuery = "?q=" + "jan.kowalski".repeat(1700);

        JsonNode problem = problem(RawHttp.get(port, "/api/v1/organisations" + longQuery, JSON), 400);
        assertThat(problem.path("detail").asString()).startsWith(BAD_REQUEST_PL);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/organisations");

        Answer page = RawHttp.get(port, "/organisations" + longQuery, BROWSER);
        assertPolishPage(page, "/organisations?q=…");
        assertThat(page.body()).contains("href=\"/css/app.css\"").doesNotContain("Tomcat");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");

        assertThat(log(output))
                .contains("Request refused by the server: GET /api/v1/organisations (400, request line or headers too large)")
                .doesNotContain("jan.kowalski");
        assertNoStackTrace(output);
    }

    @Test
    void overLongHeadersAreAProblemOnTheApi(CapturedOutput output) {
        JsonNode problem = problem(RawHttp.get(port, "/api/v1/events", JSON, "X-Padding: " + "x".repeat(20_000)), 400);

        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/events");
        assertNoStackTrace(output);
    }

    @Test
    void brokenQueryOfAnUploadIsABadRequestNamingTheField(CapturedOutput output) {
        String boundary = "----grenze";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnazwa;nip\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String admin = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        Answer answer = RawHttp.send(port, "POST", "/api/v1/organisations/import?dryRun=%ZZ", new String[] {JSON,
                "Authorization: Basic " + admin, "Content-Type: multipart/form-data; boundary=" + boundary}, body);

        JsonNode problem = problem(answer, 400);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("dryRun");
        assertThat(jdbc.sql("select count(*) from organisation_import").query(Long.class).single()).isZero();
        assertNoStackTrace(output);
    }

    @Test
    void formWithBrokenEscapesShowsThePolishPageWithoutAStackTrace(CapturedOutput output) {
        String form = "Content-Type: application/x-www-form-urlencoded";
        byte[] goodBody = "name=Anna".getBytes(StandardCharsets.US_ASCII);
        byte[] brokenBody = "name=%ZZ".getBytes(StandardCharsets.US_ASCII);

        assertPolishPage(RawHttp.send(port, "POST", "/events/999999/registrations?x=%ZZ", new String[] {BROWSER, form},
                goodBody), "broken query of a form");
        assertPolishPage(RawHttp.send(port, "POST", "/events/999999/registrations", new String[] {BROWSER, form},
                brokenBody), "broken form");

        assertThat(log(output)).contains("Undecodable parameters: POST /events/999999/registrations");
        assertNoStackTrace(output);
    }

    @Test
    void goodRequestsAreUntouched() {
        assertThat(RawHttp.get(port, "/api/v1/events?from=2026-12-01&q=Spo%C5%82dzielnia+Razem", JSON).status())
                .isEqualTo(200);
        assertThat(RawHttp.get(port, "/organisations?q=sp%C3%B3%C5%82dzielnia", BROWSER).status()).isEqualTo(200);
        Answer notFound = RawHttp.get(port, "/api/v1/events/999999", JSON);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
    }

    private JsonNode problem(Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
        return json.readTree(answer.body());
    }

    private static void assertPolishPage(Answer answer, String target) {
        assertThat(answer.status()).as("%s: %s", target, answer).isEqualTo(400);
        assertThat(answer.contentType()).as(target).startsWith("text/html");
        assertThat(answer.body()).as(target).contains("<html lang=\"pl\"").contains("Nieprawidłowe żądanie");
    }

    private String log(CapturedOutput output) {
        return output.getAll().substring(logStart);
    }

    private void assertNoStackTrace(CapturedOutput output) {
        assertThat(log(output)).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
