package pl.koordynator.es.localplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

/**
 * A section's pages in Chromium at 1280 px and on a 360 px phone: the OWES adviser comments with a
 * suggested wording (an empty comment refused first), the JST's partner sees it as differences from the
 * current text and accepts it, and the history shows the change; every page checked with axe-core.
 * Screenshots in target/screenshots/localplans-section-*.png.
 */
class LocalPlanSectionPagesE2eTest extends BrowserTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Autowired
    LocalPlanSections sections;

    @Test
    void theOwesSuggestsAndTheJstAcceptsOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void theOwesSuggestsAndTheJstAcceptsOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView jst = fixtures.jst("Gmina Kartuzy " + suffix, LocalPlansFixtures.KARTUZY);
        OrganisationView owes = fixtures.owes("OWES Kaszuby " + suffix, LocalPlansFixtures.KARTUZY);
        UserView partner = fixtures.partner(jst);
        UserView adviser = fixtures.owesUser(owes);
        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.KARTUZY, jst, owes);
        fixtures.as(partner, () -> sections.save(plan.id(), SectionKey.DIAGNOSIS,
                new SectionInput("W gminie działa 12 podmiotów ekonomii społecznej.\nBrak przedsiębiorstw społecznych.", 0)));
        String path = "/plany-lokalne/" + plan.id() + "/sekcje/diagnosis";

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), adviser.username(), TestUsers.PASSWORD);
            page.navigate(baseUrl() + path);
            assertThat(page.locator("h1")).containsText("Diagnoza");
            assertThat(page.locator("#section-text")).containsText("12 podmiotów");
            assertThat(page.locator("#comment-suggestion")).hasValue(
                    "W gminie działa 12 podmiotów ekonomii społecznej.\nBrak przedsiębiorstw społecznych.");
            Browsers.check(page, "localplans-section-owes-" + suffix);
            page.locator("#comment-submit").click();
            assertThat(page.locator("#comment-text-error")).isVisible();
            Browsers.check(page, "localplans-section-comment-error-" + suffix);
            page.locator("#comment-text").fill("Dane z rejestru są nowsze.");
            page.locator("#comment-suggestion").fill(
                    "W gminie działa 15 podmiotów ekonomii społecznej.\nBrak przedsiębiorstw społecznych.");
            page.locator("#comment-submit").click();
            assertThat(page.locator("#flash-message")).isVisible();
            assertThat(page.locator("article ins")).containsText("15");
            assertThat(page.locator("article del")).containsText("12");
            org.assertj.core.api.Assertions.assertThat(page.locator("article .lp-diff").innerText())
                    .containsOnlyOnce("podmiotów").containsOnlyOnce("przedsiębiorstw");
            Browsers.check(page, "localplans-section-commented-" + suffix);
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), partner.username(), TestUsers.PASSWORD);
            page.navigate(baseUrl() + path);
            assertThat(page.locator("form[id^=decide-]")).hasCount(1);
            Browsers.check(page, "localplans-section-jst-" + suffix);
            page.locator("input[id^=reject-]").check();
            page.locator("button[id$=-submit][id^=decide-]").click();
            assertThat(page.locator("textarea[id^=reason-].is-invalid")).isVisible();
            Browsers.check(page, "localplans-section-reason-error-" + suffix);
            page.locator("input[id^=accept-]").check();
            page.locator("button[id$=-submit][id^=decide-]").click();
            assertThat(page.locator("#flash-message")).isVisible();
            assertThat(page.locator("#section-text")).containsText("15 podmiotów");
            assertThat(page.locator("#section-meta")).containsText("Wersja 2");

            page.locator("#history-link").click();
            assertThat(page.locator("#version-2")).containsText("z przyjętej propozycji");
            Browsers.check(page, "localplans-section-history-" + suffix);
            page.locator("#version-2 a").click();
            assertThat(page.locator("#diff ins")).containsText("15");
            assertThat(page.locator("#diff del")).containsText("12");
            org.assertj.core.api.Assertions.assertThat(page.locator("#diff").innerText()).containsOnlyOnce("podmiotów");
            assertThat(page.locator("#diff ins .visually-hidden").first()).hasText("dodano: ");
            Browsers.check(page, "localplans-section-diff-" + suffix);
        }
    }
}
