package pl.koordynator.es.reintegration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static pl.koordynator.es.reintegration.CapacityFixtures.GDANSK;
import static pl.koordynator.es.reintegration.CapacityFixtures.KARTUZY;
import static pl.koordynator.es.reintegration.CapacityFixtures.line;
import static pl.koordynator.es.reintegration.CapacityFixtures.lines;

/**
 * The places pages in Debian's Chromium at 1280 px and on a 360 px phone: a unit's PES user reports two
 * programmes (a row added by a button, a mistake shown beside its field), a visitor finds the free places
 * by powiat and on the unit's card, ROPS picks a unit. Every view checked with axe-core (WCAG 2.1 AA).
 * Screenshots in target/screenshots/reintegration-capacity-*.png.
 */
class CapacityPagesE2eTest extends BrowserTest {

    @Autowired
    CapacityFixtures fixtures;

    @Autowired
    ReintegrationCapacity capacity;

    @Test
    void aUnitReportsItsPlacesAndAVisitorFindsThemOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aUnitReportsItsPlacesAndAVisitorFindsThemOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView cis = fixtures.organisation("Centrum Integracji Społecznej w Gdańsku", Kind.CIS, GDANSK);
        OrganisationView wtz = fixtures.organisation("Warsztat Terapii Zajęciowej w Kartuzach", Kind.WTZ, KARTUZY);
        UserView admin = users.create("ri-cap-e2e-admin-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        capacity.save(wtz.id(), lines(null, line("Terapia zajęciowa", 25, 20, 1)));
        users.signOut();
        UserView unitUser = fixtures.pesUser(cis);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), unitUser.username(), TestUsers.PASSWORD);
            page.navigate(baseUrl() + "/reintegracja/miejsca");
            assertThat(page).hasURL(baseUrl() + "/reintegracja/miejsca/" + cis.id());
            assertThat(page.locator("#capacity-updated")).hasText("Podmiot nie zgłosił jeszcze miejsc.");
            Browsers.check(page, "reintegration-capacity-form-new-" + suffix);

            page.locator("#lines0\\.programme").fill("Zatrudnienie socjalne");
            page.locator("#lines0\\.places").fill("20");
            page.locator("#lines0\\.occupied").fill("14");
            page.locator("#lines0\\.waiting").fill("3");
            page.locator("#add-line").click();
            page.locator("#lines1\\.programme").fill("Reintegracja zawodowa");
            page.locator("#lines1\\.places").fill("10");
            page.locator("#lines1\\.occupied").fill("12");
            page.locator("#lines1\\.waiting").fill("0");
            page.locator("#save-capacity").click();
            assertThat(page.locator("#error-summary")).containsText("Zajętych miejsc nie może być więcej");
            assertThat(page.locator("#lines1\\.occupied-error")).isVisible();
            assertThat(page.locator("#lines0\\.programme")).hasValue("Zatrudnienie socjalne");
            Browsers.check(page, "reintegration-capacity-form-error-" + suffix);

            page.locator("#lines1\\.occupied").fill("8");
            page.locator("#save-capacity").click();
            assertThat(page.locator("#flash-message")).containsText("Zapisano miejsca");
            assertThat(page.locator("#capacity-updated")).containsText("Stan potwierdzony");
            Browsers.check(page, "reintegration-capacity-form-saved-" + suffix);
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/reintegracja/wolne-miejsca", "Wolne miejsca w podmiotach reintegracyjnych",
                    "reintegration-capacity-free-" + suffix);
            assertThat(page.locator("#powiat-2261 [data-column=free]")).hasText("8");
            assertThat(page.locator("#powiat-2205 [data-column=free]")).hasText("5");
            assertThat(page.locator("#total-free")).hasText("13");
            assertThat(page.locator("#unit-" + cis.id())).containsText("Centrum Integracji Społecznej w Gdańsku");

            page.locator("#powiat").selectOption("2205");
            page.locator("#free-filter button[type=submit]").click();
            assertThat(page.locator("#free-units tbody tr")).hasCount(1);
            assertThat(page.locator("#unit-" + wtz.id() + " [data-column=free]")).hasText("5");
            Browsers.check(page, "reintegration-capacity-free-filtered-" + suffix);

            page.navigate(baseUrl() + "/organisations/" + cis.id());
            assertThat(page.locator("body")).containsText("wolne 6 z 20, zajęte 14, oczekujący 3");
            Browsers.check(page, "reintegration-capacity-card-" + suffix);

            Browsers.signIn(page, baseUrl(), admin.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/reintegracja/miejsca", "Miejsca w podmiocie reintegracyjnym",
                    "reintegration-capacity-picker-" + suffix);
            page.locator("#organisationId").selectOption(String.valueOf(wtz.id()));
            page.locator("#capacity-picker button[type=submit]").click();
            assertThat(page).hasURL(baseUrl() + "/reintegracja/miejsca/" + wtz.id());
            assertThat(page.locator("#lines0\\.programme")).hasValue("Terapia zajęciowa");
        }
    }
}
