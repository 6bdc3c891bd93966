package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.RegionDate;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coverage page in Debian's Chromium at 1280 px and on a 360 px phone: a visitor reads the counts,
 * the map coloured by status and the table, filters the table by status; a signed-in reader follows a
 * unit's plan. Every view checked with axe-core (WCAG 2.1 AA). Screenshots in
 * target/screenshots/localplans-coverage-*.png.
 */
class LocalPlanCoveragePagesE2eTest extends BrowserTest {

    @Autowired
    Territory territory;

    @Test
    void aVisitorAndASignedInReaderReadTheCoverageOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aVisitorAndASignedInReaderReadTheCoverageOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        LocalPlanCoverageFixtures plans = new LocalPlanCoverageFixtures(jdbc);
        LocalDate today = RegionDate.today();
        List<Unit> gminas = territory.units(Level.GMINA, null);
        long adopted = plans.plan(gminas.get(0).teryt(), gminas.get(0).name(), LocalPlanStatus.ADOPTED,
                today.minusYears(1), today.plusDays(90));
        plans.plan(gminas.get(1).teryt(), gminas.get(1).name(), LocalPlanStatus.IN_CONSULTATION, null, null);
        plans.plan(gminas.get(2).teryt(), gminas.get(2).name(), LocalPlanStatus.EXPIRED, today.minusYears(5),
                today.minusYears(1));
        UserView reader = users.create("coverage-e2e-" + System.nanoTime(), Role.COMMITTEE);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/plany-lokalne/pokrycie", "Pokrycie regionu lokalnymi planami rozwoju ES",
                    "localplans-coverage-visitor-" + suffix);
            assertThat(page.locator("#coverage-map")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#count-ADOPTED [data-count=gminas]")).hasText("1");
            assertThat(page.locator("#count-NONE [data-count=gminas]")).hasText(String.valueOf(gminas.size() - 3));
            assertThat(page.locator("#coverage-expiring")).containsText(gminas.get(0).name());
            assertThat(page.locator("#unit-" + gminas.get(0).teryt() + " a")).hasCount(0);

            page.locator("#status").selectOption("IN_CONSULTATION");
            page.locator("#coverage-filter button[type=submit]").click();
            assertThat(page.locator("#coverage-units tbody tr")).hasCount(1);
            assertThat(page.locator("#unit-" + gminas.get(1).teryt())).containsText("Plan w konsultacjach");
            Browsers.check(page, "localplans-coverage-filtered-" + suffix);

            Browsers.signIn(page, baseUrl(), reader.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/plany-lokalne/pokrycie?status=ADOPTED",
                    "Pokrycie regionu lokalnymi planami rozwoju ES", "localplans-coverage-signed-in-" + suffix);
            assertThat(page.locator("#unit-" + gminas.get(0).teryt() + " a"))
                    .hasAttribute("href", "/plany-lokalne/" + adopted);
        }
    }
}
