package pl.koordynator.es.localplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static pl.koordynator.es.localplans.LocalPlanMonitoringFixtures.thisYear;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

/**
 * The monitoring page in Debian's Chromium, at 1280 px and on a 360 px phone: the JST's PARTNER reads its
 * plan's indicators with their statuses in words, types a value that is not a number (told so beside the
 * field, nothing saved), enters it right and writes the yearly note; every state checked with axe-core
 * (WCAG 2.1 AA) and, on the phone, without sideways scrolling. Screenshots in
 * target/screenshots/localplans-monitoring-*.png.
 */
class LocalPlanMonitoringPagesE2eTest extends BrowserTest {

    @Autowired
    LocalPlanMonitoringFixtures fixtures;

    @Test
    void theJstEntersAValueAndItsYearlyNoteOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void theJstEntersAValueAndItsYearlyNoteOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska " + suffix, LocalPlanMonitoringFixtures.GDANSK);
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), null);
        long entered = fixtures.enteredIndicator(plan);
        fixtures.indicator(plan, 2, "Podmioty ekonomii społecznej na 10 tys. mieszkańców", Direction.HIGHER_IS_BETTER,
                "5", thisYear() - 2, "8", thisYear() + 3, IndicatorSource.MAP, "PES_PER_10K");
        UserView partner = fixtures.partner(jst);
        String path = "/plany-lokalne/" + plan + "/monitoring";

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), partner.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), path, "Monitoring planu: Gdańsk", "localplans-monitoring-empty-" + suffix);
            assertThat(page.locator("#indicator-" + entered)).containsText("Brak danych");

            page.locator("#value-" + entered).fill("dużo");
            page.locator("#save-values").click();
            assertThat(page.locator("#value-" + entered + "-error")).containsText("wpisz liczbę");
            assertThat(page.locator("#values-errors")).isVisible();
            Browsers.check(page, "localplans-monitoring-value-error-" + suffix);

            page.locator("#value-" + entered).fill("40,5");
            page.locator("#save-values").click();
            assertThat(page.locator("#monitoring-message")).containsText("Zapisano wartości");
            assertThat(page.locator("#indicator-" + entered + " .actual")).hasText("40,5");
            assertThat(page.locator("#indicator-" + entered)).containsText("Zgodnie z planem");

            page.locator("#text").fill("Powstały dwie spółdzielnie socjalne; klub integracji społecznej ruszy w przyszłym roku.");
            page.locator("#save-note").click();
            assertThat(page.locator("#monitoring-message")).containsText("Zapisano notatkę");
            assertThat(page.locator("#note-text")).containsText("Powstały dwie spółdzielnie socjalne");
            Browsers.check(page, "localplans-monitoring-filled-" + suffix);

            page.locator("#rok").selectOption(String.valueOf(thisYear() - 1));
            page.locator("#show-year").click();
            assertThat(page.locator("#indicator-" + entered + " .actual")).hasText("–");
            assertThat(page.locator("#no-note")).isVisible();
        }
    }
}
