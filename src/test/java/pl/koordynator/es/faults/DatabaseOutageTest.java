package pl.koordynator.es.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.HtmlChecker;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running application and comes back: while it is away every
 * request is answered at once with 503 and Retry-After (problem+json on the API, a plain page
 * on the pages) and the health check says DOWN; once it is back the same requests succeed
 * without a restart, and every write answered 2xx is in the table.
 * <p>
 * The outage is made on the shared embedded PostgreSQL without stopping it: the superuser
 * forbids connections to the application's database and ends the application's connections,
 * which is what the pool sees when the server stops. Connections are always allowed again in
 * {@code finally}: every other test uses this database.
 */
class DatabaseOutageTest extends IntegrationTest {

    private static final String DATABASE = "postgres";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration RECOVERY_WAIT = Duration.ofSeconds(60);

    @Autowired
    EmbeddedPostgres postgres;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void whileTheDatabaseIsAwayRequestsFailFastWith503AndAfterwardsTheServiceRecoversWithoutARestart()
            throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        assertThat(createOrganisation("Przed awarią").statusCode()).isEqualTo(201);
        assertThat(send(get("/actuator/health", "application/json")).statusCode()).isEqualTo(200);
        int answered = 1;

        long outageStarted = System.nanoTime();
        try {
            cutTheApplicationOff();

            HttpResponse<String> api = send(get("/api/v1/organisations", "application/json"));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(api.body()).contains("\"status\":503").contains("Baza danych jest chwilowo niedostępna");

            HttpResponse<String> english = send(HttpRequest.newBuilder(uri("/api/v1/organisations"))
                    .header("Accept-Language", "en").timeout(REQUEST_TIMEOUT).build());
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("The database is temporarily unavailable");

            HttpResponse<String> write = createOrganisation("W czasie awarii");
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));

            HttpResponse<String> page = send(get("/organisations", "text/html"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(page.body()).contains("<html lang=\"pl\">").contains("Usługa chwilowo niedostępna")
                    .doesNotContain("Exception").doesNotContain("HTTP Status");
            assertThat(HtmlChecker.get().errors(page.body())).isEmpty();

            // a page address asked for JSON, as a script would
            HttpResponse<String> pageAsJson = send(get("/organisations", "application/json"));
            assertThat(pageAsJson.statusCode()).isEqualTo(503);
            assertThat(pageAsJson.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));

            HttpResponse<String> health = send(get("/actuator/health", "application/json"));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
        } finally {
            allowConnectionsAgain();
        }
        long outageEnded = System.nanoTime();

        // the pool reconnects by itself: the same requests succeed again, nothing restarted
        assertThat(until(() -> send(get("/actuator/health", "application/json")), r -> r.statusCode() == 200))
                .isTrue();
        long recovered = System.nanoTime();
        assertThat(until(() -> send(get("/api/v1/organisations", "application/json")), r -> r.statusCode() == 200))
                .isTrue();
        assertThat(until(() -> send(get("/organisations", "text/html")), r -> r.statusCode() == 200)).isTrue();
        HttpResponse<String> after = createOrganisation("Po awarii");
        assertThat(after.statusCode()).isEqualTo(201);
        answered++;

        // every write answered 2xx is there, once; the one answered 503 is not
        assertThat(jdbc.sql("select name from organisation where name in ('Przed awarią', 'Po awarii') order by id")
                .query(String.class).list()).containsExactly("Przed awarią", "Po awarii");
        assertThat(jdbc.sql("select count(*) from organisation where name = 'W czasie awarii'")
                .query(Long.class).single()).isZero();

        figures.put("outage_seconds", (outageEnded - outageStarted) / 1_000_000_000.0);
        figures.put("recovery_seconds", (recovered - outageEnded) / 1_000_000_000.0);
        figures.put("writes_answered_2xx", answered);
        figures.put("writes_lost", 0);
        writeFigures("database-outage", figures);
    }

    /** For bench/faults: {@code target/faults/<name>.properties}, one {@code key=value} a line. */
    private static void writeFigures(String name, Map<String, Object> figures) throws IOException {
        Path directory = Path.of("target", "faults");
        Files.createDirectories(directory);
        StringBuilder lines = new StringBuilder();
        figures.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        Files.writeString(directory.resolve(name + ".properties"), lines);
    }

    private HttpResponse<String> createOrganisation(String name) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/api/v1/organisations"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "%s", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2261011"}""".formatted(name)))
                .build());
    }

    private HttpRequest get(String path, String accept) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", accept).timeout(REQUEST_TIMEOUT).build();
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** A request that hangs (the pool's default 30 s) ends in a timeout and fails the test. */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static boolean until(Call call, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + RECOVERY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.test(call.send())) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private void cutTheApplicationOff() throws SQLException, IOException {
        try (Connection superuser = superuser(); Statement statement = superuser.createStatement()) {
            statement.execute("alter database " + DATABASE + " with allow_connections false");
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                    + "' and pid <> pg_backend_pid()");
        }
    }

    private void allowConnectionsAgain() throws SQLException, IOException {
        try (Connection superuser = superuser(); Statement statement = superuser.createStatement()) {
            statement.execute("alter database " + DATABASE + " with allow_connections true");
        }
    }

    /** The superuser, in another database, so that it stays connected while the application's is closed. */
    private Connection superuser() throws SQLException, IOException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/template1",
                "postgres", password("postgres"));
    }

    private static String password(String user) throws IOException {
        Path file = DATA_DIR.resolve("pgpass");
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("#") && line.startsWith("*:*:*:" + user + ":")) {
                return line.substring(("*:*:*:" + user + ":").length());
            }
        }
        throw new IllegalStateException("no password of " + user + " in " + file);
    }
}
