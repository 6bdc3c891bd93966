package pl.koordynator.es.territory;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;
import pl.koordynator.es.territory.domain.SubregionChange;
import pl.koordynator.es.territory.domain.SubregionService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory admin pages in Debian's Chromium at 1280 px and on a 360 px phone, each checked
 * with axe-core (WCAG 2.1 AA), and the boundary upload through the page with its progress bar.
 * Screenshots land in target/screenshots/.
 */
class TerritoryPagesE2eTest extends BrowserTest {

    @Autowired
    SubregionService subregions;

    @Test
    void admin_visits_the_territory_pages_and_uploads_gmina_boundaries() {
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            journey(context.newPage(), "1280");
        }
    }

    @Test
    void the_territory_pages_fit_a_360_px_phone() {
        try (BrowserContext context = browsers.newContext(360, 740)) {
            journey(context.newPage(), "360");
        }
    }

    private void journey(Page page, String width) {
        Subregion slupski = subregions.createAtStartup(
                new SubregionChange("Subregion słupski", List.of("2201", "2208", "2212", "2263"), null, null));

        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/panel$"));

        Browsers.visit(page, baseUrl(), "/admin/territory", "Terytorium", "territory-" + width);
        assertThat(page.getByText("Jednostek: 144")).isVisible();
        page.locator("#text").fill("Sopot");
        assertThat(page.getByText("Jednostek: 2")).isVisible();
        Browsers.check(page, "territory-search-" + width);

        Browsers.visit(page, baseUrl(), "/admin/territory/terc", "Import TERC", "territory-terc-" + width);
        Browsers.visit(page, baseUrl(), "/admin/territory/subregions", "Subregiony", "territory-subregions-" + width);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subregion słupski"))).isVisible();
        Browsers.visit(page, baseUrl(), "/admin/territory/subregions/new", "Nowy subregion", "territory-subregion-new-" + width);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utwórz subregion")).click();
        assertThat(page.getByText("Podaj nazwę subregionu.")).isVisible();
        Browsers.check(page, "territory-subregion-errors-" + width);
        Browsers.visit(page, baseUrl(), "/admin/territory/subregions/" + slupski.id(), "Edytuj subregion Subregion słupski",
                "territory-subregion-edit-" + width);

        Browsers.visit(page, baseUrl(), "/admin/territory/boundaries", "Import granic", "territory-boundaries-" + width);
        page.locator("#file").setInputFiles(TerritoryFiles.DATA.resolve("pomorskie-gminy.geojson"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importuj")).click();
        assertThat(page.locator("#matched-count")).hasText("123");
        assertThat(page.locator("#unknown-count")).hasText("0");
        assertThat(page.locator("#missing-count")).hasText("0");
        // the page was not reloaded: the script swapped in the result
        assertThat(page).hasURL(Pattern.compile(".*/admin/territory/boundaries$"));
        assertThat(page.locator("#upload-progress")).isHidden();
        Browsers.check(page, "territory-boundaries-result-" + width);
    }
}
