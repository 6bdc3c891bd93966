package pl.koordynator.es.map;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public map as a citizen meets it, in Debian's Chromium at 1280 px and on a 360 px phone:
 * the choropleth with every gmina, its legend, keyboard use (Tab to a gmina shows its value,
 * Enter opens its profile), the table, the profile with trend charts, the ranking and the
 * methodology; each page checked with axe-core (WCAG 2.1 AA). Tile requests are cut off, as
 * the map must work without tiles.
 */
class MapPagesE2eTest extends BrowserTest {

    @Autowired
    RegistryFixtures fixtures;

    @BeforeEach
    void prepareData() throws Exception {
        int year = LocalDate.now().getYear();
        StringBuilder csv = new StringBuilder("teryt;code;year;value\n");
        for (int back = 3; back >= 1; back--) {
            csv.append("2201023;POPULATION;").append(year - back).append(';').append(16000 + back * 100).append('\n');
            csv.append("2201023;UNEMPLOYED_PER_100;").append(year - back).append(';').append(5 + back).append(",5\n");
            csv.append("2261011;POPULATION;").append(year - back).append(";486000\n");
            csv.append("2261011;UNEMPLOYED_PER_100;").append(year - back).append(";2,1\n");
        }
        StatisticsUpload.importCsv(mvc, users, csv.toString());
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Bytowskie Smaki", "2201023"));
        fixtures.create(RegistryFixtures.pes("Fundacja Kaszubska Pomoc", "2201023"));
    }

    @Test
    void a_citizen_explores_the_map_by_mouse_and_keyboard_at_1280_px() {
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            journey(context, "1280");
        }
    }

    @Test
    void the_map_pages_fit_a_360_px_phone() {
        try (BrowserContext context = browsers.newContext(360, 740)) {
            journey(context, "360");
        }
    }

    private void journey(BrowserContext context, String width) {
        context.route(Pattern.compile(".*tile\\.openstreetmap\\.org.*"), Route::abort);
        Page page = context.newPage();

        visit(page, "/map?indicator=PES_ACTIVE&level=gmina", "Mapa zasobów i potrzeb ekonomii społecznej");
        assertThat(page.locator("#map")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#map path.unit")).hasCount(123);
        assertThat(page.locator("#map-table tbody tr")).hasCount(123);
        assertThat(page.locator("#map-table tbody tr").first()).containsText("Bytów");
        assertThat(page.locator("#map-table tbody tr").first()).containsText("2");
        Browsers.check(page, "map-" + width);

        // keyboard: Tab reaches a gmina, its tooltip shows the value, Enter opens its profile
        page.locator("#map path.unit").first().focus();
        assertThat(page.locator(".leaflet-tooltip")).isVisible();
        assertThat(page.locator(".leaflet-tooltip")).containsText("Wartość");
        String label = page.locator("#map path.unit").first().getAttribute("aria-label");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/map/gmina/\\d{7}$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(label.substring(0, label.indexOf(':')));

        // the table sorts without JavaScript: by name, links in the header
        visit(page, "/map?indicator=UNEMPLOYED_PER_100&level=gmina&sort=name&dir=asc",
                "Mapa zasobów i potrzeb ekonomii społecznej");
        assertThat(page.locator("#map-table tbody tr").first()).containsText("Bobowo");
        Browsers.check(page, "map-needs-" + width);

        visit(page, "/map/gmina/2201023", "Bytów");
        assertThat(page.getByText("Spółdzielnia Socjalna Bytowskie Smaki")).isVisible();
        assertThat(page.locator("canvas[data-chart]").first()).isVisible();
        Browsers.check(page, "map-profile-gmina-" + width);
        visit(page, "/map/powiat/2201", "bytowski");
        Browsers.check(page, "map-profile-powiat-" + width);

        visit(page, "/map/priority", "Gdzie wsparcie jest najbardziej potrzebne");
        assertThat(page.locator("#priority-table tbody tr")).hasCount(123);
        Browsers.check(page, "map-priority-" + width);
        visit(page, "/map/methodology", "Metodologia indeksu priorytetu");
        Browsers.check(page, "map-methodology-" + width);

        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        visit(page, "/admin/map/weights", "Wagi indeksu priorytetu");
        page.getByLabel("Zgłoszone potrzeby").fill("dwa");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz wagi")).click();
        assertThat(page.getByText("Waga musi być liczbą od 0 do 10").first()).isVisible();
        Browsers.check(page, "map-weights-errors-" + width);
        page.getByLabel("Zgłoszone potrzeby").fill("1,5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz wagi")).click();
        assertThat(page.getByText("Zapisano wagi.")).isVisible();
        Browsers.check(page, "map-weights-" + width);
    }

    private void visit(Page page, String path, String heading) {
        Response response = page.navigate(baseUrl() + path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
    }
}
