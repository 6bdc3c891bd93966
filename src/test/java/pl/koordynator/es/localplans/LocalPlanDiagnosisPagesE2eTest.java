package pl.koordynator.es.localplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

/**
 * ROPS reads a gmina plan's diagnosis in Debian's Chromium at 1280 px and on a 360 px phone: the
 * diagnosis text with its edit link, the figures in tables with their dates and sources, the priority
 * index's components, checked with axe-core (WCAG 2.1 AA) and without sideways scrolling on the phone.
 * Screenshots in target/screenshots/localplans-diagnosis-*.png.
 */
class LocalPlanDiagnosisPagesE2eTest extends BrowserTest {

    @Autowired
    LocalPlanDiagnosisFixtures fixtures;

    @Test
    void ropsReadsTheDiagnosisOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void ropsReadsTheDiagnosisOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        fixtures.enter();
        LocalPlanView view = fixtures.plan(LocalPlanDiagnosisFixtures.BYTOW, "Gmina Bytów");
        long plan = view.id();
        fixtures.diagnosisText(plan, "W gminie działają cztery podmioty ekonomii społecznej.\n\nBrakuje miejsc reintegracji.");
        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        try (BrowserContext context = browsers.newContext(width, height)) {
            context.setDefaultNavigationTimeout(30_000);
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), admin.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/plany-lokalne/" + plan + "/diagnoza", "Diagnoza: " + view.unitName(),
                    "localplans-diagnosis-" + suffix);
            assertThat(page.locator("#diagnosis-text")).containsText("cztery podmioty ekonomii społecznej");
            assertThat(page.locator("#edit-text")).hasAttribute("href", "/plany-lokalne/" + plan + "/sekcje/diagnosis");
            assertThat(page.locator("tr[data-code=PES_ACTIVE] .figure-value")).hasText("4");
            assertThat(page.locator("tr[data-code=NEEDS_PUBLISHED]")).containsText("Brak miejsc reintegracji w Bytowie");
            assertThat(page.locator("#priority-components tbody tr").first()).isVisible();
            assertThat(page.locator("#diagnosis-pdf")).hasAttribute("href", "/plany-lokalne/" + plan + "/diagnoza.pdf");
        }
    }
}
