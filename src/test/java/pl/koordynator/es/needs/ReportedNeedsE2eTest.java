package pl.koordynator.es.needs;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A need's way from a social cooperative to the public list, in Debian's Chromium at 1280 px and
 * on a 360 px phone: the PES representative reports it (first with mistakes), ROPS publishes it,
 * a visitor finds it. Every page is checked with axe-core; screenshots land in target/screenshots/.
 */
class ReportedNeedsE2eTest extends BrowserTest {

    private static final String TITLE = "Brak miejsc reintegracji dla osób długotrwale bezrobotnych w gminie Czarna Dąbrówka";

    @Autowired
    NeedsFixtures fixtures;

    @Test
    void aNeedGoesFromACooperativeThroughRopsToThePublicOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void aNeedGoesFromACooperativeThroughRopsToThePublicOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        UserView pes = fixtures.pesUser("Spółdzielnia Socjalna „Kaszubska Przystań”", NeedsFixtures.CZARNA_DABROWKA);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), pes.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/needs", "Zgłoszone potrzeby", "needs-own-" + suffix);
            assertThat(page.getByText("Brak potrzeb spełniających kryteria.")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zgłoś potrzebę")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Zgłoś potrzebę");
            Browsers.check(page, "needs-form-" + suffix);
            page.locator("#title").fill("Brak");
            page.locator("#description").fill("Za mało miejsc.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij zgłoszenie")).click();
            assertThat(page.locator("#title-error")).hasText("Tytuł musi mieć co najmniej 5 znaków.");
            assertThat(page.locator("#category-error")).hasText("Wybierz kategorię.");
            assertThat(page.locator("#gminaTeryt-error")).hasText("Wybierz gminę.");
            Browsers.check(page, "needs-form-errors-" + suffix);

            page.locator("#category").selectOption("REINTEGRATION");
            page.locator("#gminaTeryt").selectOption(NeedsFixtures.CZARNA_DABROWKA);
            page.locator("#title").fill(TITLE);
            page.locator("#description").fill("""
                    W gminie jest około 140 osób długotrwale bezrobotnych, a najbliższe centrum integracji społecznej \
                    działa w Bytowie, ponad 25 km od większości sołectw.
                    Potrzebny jest klub integracji społecznej na miejscu.""");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij zgłoszenie")).click();
            assertThat(page.getByText("Zgłoszenie zostało wysłane do ROPS.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
            Browsers.check(page, "needs-detail-waiting-" + suffix);
        }

        String detailPath;
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
            Browsers.visit(page, baseUrl(), "/needs", "Zgłoszone potrzeby", "needs-admin-list-" + suffix);
            assertThat(page.getByText("Do rozpatrzenia: 1")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
            Browsers.check(page, "needs-admin-detail-" + suffix);
            detailPath = page.url().substring(baseUrl().length());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opublikuj")).click();
            assertThat(page.getByText("Potrzeba została opublikowana.")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wycofaj z publikacji")))
                    .isVisible();
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/needs", "Zgłoszone potrzeby", "needs-public-" + suffix);
            page.locator("#gmina").selectOption(NeedsFixtures.CZARNA_DABROWKA);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtruj")).click();
            assertThat(page.getByText("Liczba potrzeb: 1")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
            assertThat(page).hasURL(baseUrl() + detailPath);
            assertThat(page.getByText("Spółdzielnia Socjalna „Kaszubska Przystań”")).isVisible();
            assertThat(page.getByText("Potrzebny jest klub integracji społecznej na miejscu.")).isVisible();
            Browsers.check(page, "needs-public-detail-" + suffix);
        }
    }
}
