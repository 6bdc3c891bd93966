package pl.koordynator.es.programme;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * ROPS's programme forms in Debian's Chromium at 1280 px and on a 360 px phone: the indicator
 * form reached from the tree, shown with its errors and then saved; the action form with an
 * organisation typed in its picker, shown with an error. Every page is checked with axe-core;
 * screenshots land in target/screenshots/programme-form-*.png.
 */
class ProgrammeFormsE2eTest extends BrowserTest {

    @Autowired
    ProgrammePagesFixtures fixtures;

    @Autowired
    SupportFixtures support;

    @Test
    void theProgrammeFormsOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void theProgrammeFormsOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        ProgrammeView programme = fixtures.programme();
        support.owes("Regionalny Ośrodek Polityki Społecznej w Gdańsku");
        int year = LocalDate.now().getYear();

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
            Browsers.visit(page, baseUrl(), "/programme/" + programme.id() + "?year=" + year,
                    ProgrammePagesFixtures.PROGRAMME + " dane demonstracyjne", "programme-form-tree-" + suffix);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edytuj: Wskaźnik W2")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Edycja wskaźnika W2");
            page.locator("#name").fill("");
            page.getByLabel("Rok " + year, new Page.GetByLabelOptions().setExact(true)).fill("sześć");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            // a text for a number is the form's own error, found before the service names the rest
            assertThat(page.locator("#form-errors")).containsText("Wartość docelowa: Wpisz liczbę");
            Browsers.check(page, "programme-form-indicator-number-" + suffix);
            page.getByLabel("Rok " + year, new Page.GetByLabelOptions().setExact(true)).fill("6");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(page.locator("#name-error")).hasText("Pole jest wymagane.");
            Browsers.check(page, "programme-form-indicator-errors-" + suffix);
            page.locator("#name").fill("Kampanie i targi produktów PES");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(page.getByText("Zmiany wskaźnika zostały zapisane.")).isVisible();
            assertThat(page.locator("#programme-tree")).containsText("Kampanie i targi produktów PES");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edytuj: Działanie 1.1.1")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Edycja: Działanie 1.1.1");
            Browsers.check(page, "programme-form-node-" + suffix);
            // the typed name is resolved by the server (shared.PickedOrganisation); choosing a suggestion is not exercised here
            page.locator("[id='responsible[0]']").fill("Regionalny Ośrodek Polityki Społecznej w Gdańsku");
            page.locator("#budgetPlanned").fill("dużo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(page.locator("#budgetPlanned-error")).hasText("Wpisz liczbę, np. 12 albo 1 234,5.");
            assertThat(page.locator("[id='responsible[0]']")).hasValue("Regionalny Ośrodek Polityki Społecznej w Gdańsku");
            Browsers.check(page, "programme-form-node-errors-" + suffix);
            page.locator("#budgetPlanned").fill("300 000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(page.getByText("Zmiany elementu programu zostały zapisane.")).isVisible();
            assertThat(page.locator("#programme-tree")).containsText("Regionalny Ośrodek Polityki Społecznej w Gdańsku");
        }
    }
}
