package pl.koordynator.es.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a browser gets over a real connection (issue 17): text answers of 1 KiB and more gzipped,
 * smaller ones as they are; files linked by a content hash or a WebJar version kept for a year,
 * the same files under their plain address only revalidated; public pages revalidated, signed-in
 * pages never stored.
 */
class PageDeliveryTest extends IntegrationTest {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern LINKS = Pattern.compile("(?:href|src)=\"(/(?:css|js|vendor|webjars)/[^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    RegistryFixtures fixtures;

    private HttpResponse<byte[]> fetch(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
        return fetch(path, "Accept-Encoding", "gzip");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String linkOnHomePage(String regex) throws Exception {
        String page = new String(fetch("/").body(), StandardCharsets.UTF_8);
        Matcher links = LINKS.matcher(page);
        while (links.find()) {
            if (links.group(1).matches(regex)) {
                return links.group(1);
            }
        }
        throw new AssertionError("no link matching " + regex + " on the home page");
    }

    @Test
    void theStyleSheetOfThePagesIsLinkedByItsContentHashAndKeptForAYear() throws Exception {
        String link = linkOnHomePage("/css/app-[0-9a-f]{32}\\.css");
        HttpResponse<byte[]> css = gzipped(link);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Cache-Control")).isEqualTo(IMMUTABLE);
        assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(css, "Vary")).containsIgnoringCase("accept-encoding");
        assertThat(gunzip(css.body())).contains(".skip-link");
    }

    @Test
    void theSameFileUnderItsPlainAddressIsRevalidatedNotKeptForAYear() throws Exception {
        HttpResponse<byte[]> css = fetch("/css/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Cache-Control")).isEqualTo("no-cache").doesNotContain("immutable", "max-age");
        String lastModified = header(css, "Last-Modified");
        assertThat(lastModified).isNotNull();
        assertThat(fetch("/css/app.css", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void aContentHashThatIsNotTheFilesIsNotServed() throws Exception {
        assertThat(fetch("/css/app-0123456789abcdef0123456789abcdef.css").statusCode()).isEqualTo(404);
    }

    @Test
    void webJarsAsLinkedInAPageCarryTheirVersionAndAreKeptForAYearButNotUnderTheVersionFreeAddress()
            throws Exception {
        String bootstrap = linkOnHomePage("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css");
        String script = linkOnHomePage("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/js/bootstrap\\.bundle\\.min\\.js");
        for (String link : new String[] {bootstrap, script}) {
            HttpResponse<byte[]> file = gzipped(link);
            assertThat(file.statusCode()).as(link).isEqualTo(200);
            assertThat(header(file, "Cache-Control")).as(link).isEqualTo(IMMUTABLE);
            assertThat(header(file, "Content-Encoding")).as(link).isEqualTo("gzip");
        }
        HttpResponse<byte[]> versionFree = fetch("/webjars/bootstrap/css/bootstrap.min.css");
        assertThat(versionFree.statusCode()).isEqualTo(200);
        assertThat(header(versionFree, "Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void everyStaticLinkOfThePageChangesWithItsContent() throws Exception {
        String page = new String(fetch("/").body(), StandardCharsets.UTF_8);
        Matcher links = LINKS.matcher(page);
        int count = 0;
        while (links.find()) {
            count++;
            assertThat(header(fetch(links.group(1)), "Cache-Control")).as(links.group(1)).isEqualTo(IMMUTABLE);
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPageIsGzippedWithVaryAndOnlyForAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> page = gzipped("/");
        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(page, "Vary")).containsIgnoringCase("accept-encoding");
        assertThat(gunzip(page.body())).contains("<!DOCTYPE html>");

        HttpResponse<byte[]> plain = fetch("/");
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<!DOCTYPE html>");
    }

    @Test
    void theMapLayerIsGzippedAndStillAnswers304ToItsETag() throws Exception {
        HttpResponse<byte[]> layer = gzipped("/api/v1/map/gmina?indicator=PES_ACTIVE");
        assertThat(layer.statusCode()).isEqualTo(200);
        assertThat(header(layer, "Content-Type")).startsWith("application/geo+json");
        assertThat(header(layer, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(layer, "Vary")).containsIgnoringCase("accept-encoding");
        assertThat(gunzip(layer.body())).startsWith("{\"type\":\"FeatureCollection\"");
        String etag = header(layer, "ETag");
        assertThat(etag).isNotNull();

        HttpResponse<byte[]> again = fetch("/api/v1/map/gmina?indicator=PES_ACTIVE", "Accept-Encoding", "gzip",
                "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void aCsvExportIsGzippedFrom1KiBOnAndSentAsItIsBelow() throws Exception {
        HttpResponse<byte[]> empty = gzipped("/organisations/export.csv");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body().length).isLessThan(1024);
        assertThat(header(empty, "Content-Encoding")).isNull();
        assertThat(new String(empty.body(), StandardCharsets.UTF_8)).contains(";");

        for (int i = 1; i <= 15; i++) {
            fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Numer " + i, "2261011"));
        }
        HttpResponse<byte[]> full = gzipped("/organisations/export.csv");
        assertThat(header(full, "Content-Encoding")).isEqualTo("gzip");
        String csv = gunzip(full.body());
        assertThat(csv.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1024);
        assertThat(csv).contains("Spółdzielnia Socjalna Numer 15");
    }

    @Test
    void aSmallProblemAnswerIsNotGzipped() throws Exception {
        HttpResponse<byte[]> problem = gzipped("/api/v1/organisations/999999999");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(header(problem, "Content-Type")).startsWith("application/problem+json");
        assertThat(header(problem, "Content-Encoding")).isNull();
        assertThat(header(problem, "Content-Length")).isNotNull();
    }

    @Test
    void aVisitorsPublicPageMayBeKeptByTheBrowserAndRevalidatedButByNoSharedCache() throws Exception {
        for (String path : new String[] {"/", "/organisations", "/map", "/events", "/login"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getHeader("Cache-Control"))
                    .as(path).isEqualTo("private, no-cache");
        }
    }

    @Test
    void aSignedInPersonsPagesAreNeverStored() throws Exception {
        for (String path : new String[] {"/panel", "/", "/organisations", "/profile"}) {
            assertThat(mvc.perform(get(path).with(users.as(Role.ADMIN))).andReturn().getResponse()
                    .getHeader("Cache-Control")).as(path).contains("no-store");
        }
        assertThat(header(fetch("/panel"), "Cache-Control")).as("the redirect to the sign-in page").contains("no-store");
    }

    @Test
    void aRegistrationOpenedByItsLinkIsNeverStored() throws Exception {
        assertThat(mvc.perform(get("/events/registrations/0123456789abcdef")).andReturn().getResponse()
                .getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void theHomePageLoadsNoHtmxLeafletOrChartJsAndTheRegisterListLoadsHtmx() throws Exception {
        String home = new String(fetch("/").body(), StandardCharsets.UTF_8);
        assertThat(home).contains("/js/bootstrap.bundle.min.js").doesNotContain("htmx.min.js", "leaflet", "chart.js");
        String register = new String(fetch("/organisations").body(), StandardCharsets.UTF_8);
        assertThat(register).containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"");
    }
}
