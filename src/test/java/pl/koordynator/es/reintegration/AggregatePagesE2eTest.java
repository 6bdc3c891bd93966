package pl.koordynator.es.reintegration;

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
 * The statistics of referrals and the cooperation map in Debian's Chromium at 1280 px and on a 360 px phone:
 * a committee member picks a year and the powiat level, sees a small powiat as "&lt;5", opens its flows, and
 * reads the map with its table. Every view checked with axe-core (WCAG 2.1 AA). Screenshots in
 * target/screenshots/reintegration-aggregates-*.png.
 */
class AggregatePagesE2eTest extends BrowserTest {

    @Autowired
    Territory territory;

    @Test
    void aCommitteeMemberReadsTheStatisticsAndTheMapOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aCommitteeMemberReadsTheStatisticsAndTheMapOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        int year = RegionDate.today().getYear() - 1;
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        ReintegrationStatisticFixtures statistic = new ReintegrationStatisticFixtures(jdbc);
        statistic.referrals(3, year, 1, powiats.get(0).teryt());
        statistic.referrals(20, year, 1, powiats.get(1).teryt());
        statistic.referrals(12, year, 2, powiats.get(2).teryt());
        statistic.referrals(9, year, 3, powiats.get(3).teryt());
        statistic.referrals(7, year, 1, powiats.get(3).teryt());
        UserView reader = users.create("ri-aggregates-e2e-" + System.nanoTime(), Role.COMMITTEE);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), reader.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/reintegracja/statystyki", "Statystyki skierowań do reintegracji",
                    "reintegration-aggregates-region-" + suffix);
            page.locator("#year").selectOption(String.valueOf(year));
            page.locator("#level").selectOption("POWIAT");
            page.locator("#aggregates-form button[type=submit]").click();
            assertThat(page.locator("#area-" + powiats.get(0).teryt() + " [data-measure=referrals]")).hasText("<5");
            assertThat(page.locator("#area-" + powiats.get(1).teryt() + " [data-measure=referrals]")).hasText("20");
            Browsers.check(page, "reintegration-aggregates-powiats-" + suffix);

            // who refers to whom: the region's year only, a powiat says so
            page.locator("#area-" + powiats.get(1).teryt() + " th a").click();
            assertThat(page.locator("#flows-unpublished")).isVisible();
            Browsers.visit(page, baseUrl(), "/reintegracja/statystyki?year=" + year, "Statystyki skierowań do reintegracji",
                    "reintegration-aggregates-flows-" + suffix);
            assertThat(page.locator("#flow-JSPS [data-receiver=CIS]")).not().hasText("<5");
            Browsers.check(page, "reintegration-aggregates-flows-checked-" + suffix);

            Browsers.visit(page, baseUrl(), "/reintegracja/wspolpraca?year=" + year, "Mapa współpracy w reintegracji",
                    "reintegration-cooperation-" + suffix);
            assertThat(page.locator("#powiat-" + powiats.get(1).teryt() + " [data-measure=pairs]")).hasText("1");
            assertThat(page.locator("#powiat-" + powiats.get(0).teryt() + " [data-measure=referrals]")).hasText("<5");
            if (page.locator("#cooperation-map").count() > 0) {
                assertThat(page.locator("#cooperation-map")).hasAttribute("data-ready", "true");
            }
            Browsers.check(page, "reintegration-cooperation-checked-" + suffix);
        }
    }
}
