package pl.koordynator.es.shared.web;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the server's limit sent from a form without script gets the Polish page that names
 * the limit and leads back to the form; the boundary page, which uploads by script, refuses it
 * before sending. axe-core checks both at 1280 and 360 px.
 */
class UploadTooLargeE2eTest extends BrowserTest {

    static Path tooLarge;

    @BeforeAll
    static void fileOneByteOverTheServersLimit() throws IOException {
        tooLarge = Files.createTempFile(Path.of("target").toAbsolutePath(), "za-duzy-", ".csv");
        try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.write("Nazwa;Rodzaj\n".getBytes());
            file.setLength(50L * 1024 * 1024 + 1);
        }
    }

    @AfterAll
    static void removeFile() throws IOException {
        Files.deleteIfExists(tooLarge);
    }

    @Test
    void aFormUploadOverTheLimitGetsAPageThatSaysSoOnADesktop() {
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            formUpload(context.newPage(), "1280");
        }
    }

    @Test
    void andOnA360PxPhone() {
        try (BrowserContext context = browsers.newContext(360, 740)) {
            formUpload(context.newPage(), "360");
        }
    }

    @Test
    void theBoundaryPageRefusesTheFileBeforeSendingIt() {
        try (BrowserContext context = browsers.newContext(360, 740)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
            Browsers.visit(page, baseUrl(), "/admin/territory/boundaries", "Import granic", "upload-boundaries-360");
            assertThat(page.locator("#file-help")).containsText("Najwyżej 50 MB.");
            int[] uploads = {0};
            page.onRequest((Request request) -> uploads[0] += "POST".equals(request.method()) ? 1 : 0);

            page.locator("#file").setInputFiles(tooLarge);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importuj")).click();

            assertThat(page.locator("#upload-status")).hasText("Plik jest za duży: najwyżej 50 MB.");
            assertThat(uploads[0]).isZero();
            Browsers.check(page, "upload-boundaries-too-large-360");
        }
    }

    private void formUpload(Page page, String width) {
        Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
        Browsers.visit(page, baseUrl(), "/organisations/import", "Import organizacji", "upload-form-" + width);
        assertThat(page.locator("#file-help")).containsText("Najwyżej 50 MB.");

        page.locator("#file").setInputFiles(tooLarge);
        Response answer = page.waitForResponse(response -> response.url().endsWith("/organisations/import")
                        && "POST".equals(response.request().method()),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sprawdź plik")).click());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Plik jest za duży");
        assertThat(page.getByText("Serwer przyjmuje pliki najwyżej do 50 MB")).isVisible();
        Browsers.check(page, "upload-too-large-" + width);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wróć do formularza")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import organizacji");
        assertThat(jdbc.sql("select count(*) from organisation_import").query(Long.class).single()).isZero();
    }
}
