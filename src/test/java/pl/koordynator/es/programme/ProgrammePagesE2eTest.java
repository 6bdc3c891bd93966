package pl.koordynator.es.programme;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The programme's pages in Debian's Chromium at 1280 px and on a 360 px phone: the public progress
 * page as a visitor, the tree, the indicator page with its chart and powiat map, the manual value
 * form (first without evidence) as an OWES adviser, the approval queue as ROPS. Every page is
 * checked with axe-core; screenshots land in target/screenshots/programme-*.png.
 */
class ProgrammePagesE2eTest extends BrowserTest {

    @Autowired
    ProgrammePagesFixtures fixtures;

    @Test
    void theProgrammesPagesOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void theProgrammesPagesOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        ProgrammeView programme = fixtures.programme();
        fixtures.supportedThisYear();
        long promotion = fixtures.indicatorId(programme, "W2");
        int year = LocalDate.now().getYear();

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/programme/progress", "Postęp programu regionalnego",
                    "programme-public-list-" + suffix);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ProgrammePagesFixtures.PROGRAMME)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText(ProgrammePagesFixtures.PROGRAMME);
            assertThat(page.locator("#programme-tree")).containsText(ProgrammePagesFixtures.SUPPORTED);
            assertThat(page.locator("#programme-tree")).not().containsText(ProgrammePagesFixtures.INTERNAL);
            Browsers.check(page, "programme-public-" + suffix);
        }

        UserView owes = users.create("owes-" + System.nanoTime(), Role.OWES);
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), owes.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/programme/" + programme.id() + "?year=" + year,
                    ProgrammePagesFixtures.PROGRAMME + " dane demonstracyjne", "programme-tree-" + suffix);
            assertThat(page.locator("tr[data-code=W1] .programme-status:visible")).hasCount(1);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ProgrammePagesFixtures.SUPPORTED)).click();
            assertThat(page.locator("#powiat-map")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#series-chart")).isVisible();
            assertThat(page.locator("#powiat-table")).containsText("Gdańsk");
            Browsers.check(page, "programme-indicator-" + suffix);

            Browsers.visit(page, baseUrl(), "/programme/indicators/" + promotion + "/values",
                    "Wartości wskaźnika W2 " + ProgrammePagesFixtures.PROMOTION, "programme-value-form-" + suffix);
            page.locator("#period").fill(String.valueOf(year));
            page.locator("#value").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz do zatwierdzenia")).click();
            assertThat(page.locator("#evidence-error")).isVisible();
            Browsers.check(page, "programme-value-form-errors-" + suffix);
            page.locator("#evidence").fill("Protokół odbioru kampanii nr 7/" + year);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz do zatwierdzenia")).click();
            assertThat(page.getByText("Wartość zapisana; czeka na zatwierdzenie przez ROPS.")).isVisible();
            assertThat(page.locator("#values-table")).containsText("czeka na zatwierdzenie");
            Browsers.check(page, "programme-value-saved-" + suffix);
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
            assertThat(page.locator("[data-card=rops-programme-values-waiting] .card-count")).hasText("1");
            Browsers.check(page, "programme-dashboard-rops-" + suffix);
            Browsers.visit(page, baseUrl(), "/admin/programme/approvals", "Wartości wskaźników do zatwierdzenia",
                    "programme-approvals-" + suffix);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Odrzuć")).click();
            assertThat(page.locator(".invalid-feedback")).isVisible();
            Browsers.check(page, "programme-approvals-error-" + suffix);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zatwierdź")).click();
            assertThat(page.getByText("Wartość zatwierdzona.")).isVisible();
            Browsers.visit(page, baseUrl(), "/admin/programme/settings", "Progi sygnalizacji postępu",
                    "programme-settings-" + suffix);
            Browsers.visit(page, baseUrl(), "/admin/programme/" + programme.id() + "/import",
                    "Import celów i wartości", "programme-import-" + suffix);
            Browsers.visit(page, baseUrl(), "/programme", "Program regionalny i projekty", "programme-list-" + suffix);
        }
    }
}
