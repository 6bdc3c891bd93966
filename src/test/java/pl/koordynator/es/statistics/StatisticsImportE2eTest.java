package pl.koordynator.es.statistics;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.koordynator.es.statistics.StatisticsFiles.file;

/**
 * An ADMIN uploads a statistics file with problems and reads them, then a BDL export, reads what
 * it would write and replace, saves it and sees the years in the catalogue; axe-core checks every
 * step at 1280 and 360 px.
 */
class StatisticsImportE2eTest extends BrowserTest {

    @Test
    void adminChecksAndSavesABdlExportOnADesktop() {
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

        page.navigate(baseUrl() + "/admin/statistics");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Statystyki i wskaźniki");
        assertThat(page.locator("#indicators tbody tr")).hasCount(11);
        Browsers.check(page, "statistics-catalogue-" + width);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import danych")).click();
        Browsers.check(page, "statistics-import-form-" + width);
        page.locator("#file").setInputFiles(new FilePayload("zle.csv", "text/csv", file("long-problems.csv")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sprawdź plik")).click();
        assertThat(page.locator("#rejected")).containsText("Plik zawiera błędy (9)");
        assertThat(page.locator("#problems tbody tr")).hasCount(9);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz dane"))).hasCount(0);
        Browsers.check(page, "statistics-import-problems-" + width);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importuj inny plik")).click();
        page.locator("#file").setInputFiles(new FilePayload("ludnosc-bdl.csv", "text/csv",
                file("bdl-population-cp1250.csv")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sprawdź plik")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wynik sprawdzenia")))
                .isVisible();
        assertThat(page.locator("#values-count")).hasText("11");
        assertThat(page.locator("#units-count")).hasText("6");
        assertThat(page.locator("#per-code-year tbody tr")).hasCount(2);
        assertThat(page.locator("#skipped")).containsText("Miasta i obszary wiejskie gmin miejsko-wiejskich (zapisujemy całe gminy): 2");
        Browsers.check(page, "statistics-import-checked-" + width);
        assertThat(StatisticsFiles.stored(jdbc)).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz dane")).click();
        assertThat(page.locator("#applied")).containsText("Zapisano wartości: 11 dla jednostek: 6.");
        Browsers.check(page, "statistics-import-done-" + width);
        assertThat(StatisticsFiles.stored(jdbc)).hasSize(11);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Przejdź do katalogu wskaźników")).click();
        assertThat(page.locator("#indicator-POPULATION")).containsText("2023: 6");
        assertThat(page.locator("#indicator-POPULATION")).containsText("2024: 5");
        Browsers.check(page, "statistics-catalogue-with-data-" + width);

        // the other pages of the module pass the same checks: a built-in indicator, a form with errors
        page.locator("#indicator-POPULATION a").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ludność");
        Browsers.check(page, "statistics-builtin-" + width);
        page.navigate(baseUrl() + "/admin/statistics/indicators/new");
        page.getByLabel("Kod", new Page.GetByLabelOptions().setExact(true)).fill("ż");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dodaj wskaźnik")).click();
        assertThat(page.locator("#code-error")).containsText("Kod może zawierać tylko wielkie litery");
        assertThat(page.locator("#namePl-error")).hasText("Podaj nazwę po polsku.");
        Browsers.check(page, "statistics-indicator-errors-" + width);

        page.getByLabel("Kod", new Page.GetByLabelOptions().setExact(true)).fill("SENIORS_" + width);
        page.getByLabel("Nazwa po polsku").fill("Seniorzy w wieku 65+ (" + width + ")");
        page.getByLabel("Nazwa po angielsku").fill("Seniors aged 65+");
        page.getByLabel("Nazwy zmiennej w Banku Danych Lokalnych").fill("ludność w wieku 65+ " + width);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dodaj wskaźnik")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Wskaźnik SENIORS_" + width);
        assertThat(page.getByText("Dodano wskaźnik.")).isVisible();
        Browsers.check(page, "statistics-indicator-edit-" + width);
    }
}
