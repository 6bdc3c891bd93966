package pl.koordynator.es.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ADMIN uploads a small register with one bad row, watches the check finish, reads the
 * report and imports the valid rows only; axe-core checks every step at 1280 and 360 px.
 */
class OrganisationImportE2eTest extends BrowserTest {

    @Test
    void adminChecksAFileAndImportsTheValidRowsOnADesktop() {
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            journey(context.newPage(), "1280");
        }
    }

    @Test
    void theSameImportWorksOnA360PxPhone() {
        try (BrowserContext context = browsers.newContext(360, 740)) {
            journey(context.newPage(), "360");
        }
    }

    private void journey(Page page, String width) {
        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/panel$"));

        page.navigate(baseUrl() + "/organisations/import");
        assertThat(heading(page)).hasText("Import organizacji");
        Browsers.check(page, "import-form-" + width);

        String csv = ImportFiles.csv(';', List.of(List.of("Nazwa", "Rodzaj", "NIP", "Gmina", "Miejscowość"),
                List.of("Spółdzielnia Socjalna Kaszuby", "Spółdzielnia socjalna", ImportFiles.nip(11), "2201012",
                        "Borzytuchom"),
                List.of("Fundacja Zły Numer", "NGO", ImportFiles.brokenNip(12), "2261011", "Gdańsk"),
                List.of("Stowarzyszenie Morskie", "NGO", "", "2262011", "Gdynia")));
        page.locator("#file").setInputFiles(new FilePayload("rejestr.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Tylko poprawne wiersze", new Page.GetByLabelOptions()).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sprawdź plik")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wynik sprawdzenia")))
                .isVisible();
        assertThat(page.locator("#valid-count")).hasText("2");
        assertThat(page.locator("#invalid-count")).hasText("1");
        assertThat(page.locator("#errors tbody tr")).hasCount(1);
        assertThat(page.locator("#errors tbody")).containsText("Ten NIP jest błędny");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importuj wszystko")))
                .isDisabled();
        Browsers.check(page, "import-checked-" + width);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Importuj tylko poprawne wiersze (2)")).click();
        assertThat(page.getByText("Zaimportowano organizacji: 2.")).isVisible();
        assertThat(page.locator("#imported-count")).hasText("2");
        Browsers.check(page, "import-done-" + width);
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(2);
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

}
