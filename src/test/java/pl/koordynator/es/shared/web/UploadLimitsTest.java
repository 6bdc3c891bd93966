package pl.koordynator.es.shared.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.ImportFiles;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SignedInClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over the server's own limit, through Tomcat (MockMvc has no multipart limits): the API
 * answers as for any bad input in {@code file}, a page with a Polish page of its own.
 */
class UploadLimitsTest extends IntegrationTest {

    static final int SERVER_LIMIT = 50 * 1024 * 1024;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MultipartConfigElement multipart;

    long stored() {
        return jdbc.sql("select (select count(*) from organisation) + (select count(*) from organisation_import)")
                .query(Long.class).single();
    }

    @Test
    void theServersLimitIsTheLargestUploadsLimit() {
        assertThat(multipart.getMaxFileSize()).isEqualTo(SERVER_LIMIT);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(SERVER_LIMIT + 1024 * 1024);
    }

    @Test
    void theApiAnswersAFileOverTheServersLimitAsBadInputNamingFile() throws Exception {
        HttpResponse<String> english = apiUpload(ImportFiles.paddedCsv(SERVER_LIMIT + 1), "en");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = JSON.readTree(english.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("file");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("The file is too large: at most 50 MB.");
        assertThat(stored()).isZero();
    }

    @Test
    void aPageUploadOverTheServersLimitGetsAPolishPageNamingTheLimit() throws Exception {
        SignedInClient admin = new SignedInClient(baseUrl(), "admin", ADMIN_PASSWORD);

        HttpResponse<String> answer = admin.upload("/organisations/import", "/organisations/import", "rejestr.csv",
                ImportFiles.paddedCsv(SERVER_LIMIT + 1));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body()).contains("<html lang=\"pl\"").contains("<h1>Plik jest za duży</h1>")
                .contains("Serwer przyjmuje pliki najwyżej do 50 MB")
                .contains("href=\"/organisations/import\">Wróć do formularza</a>")
                .doesNotContain("HTTP Status");
        assertThat(stored()).isZero();
        // the session survives: the next page is served as usual
        assertThat(admin.get("/organisations/import").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> apiUpload(byte[] file, String language) throws Exception {
        String boundary = "----upload" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rejestr.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/organisations/import?dryRun=false"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
