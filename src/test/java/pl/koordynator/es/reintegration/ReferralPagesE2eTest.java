package pl.koordynator.es.reintegration;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The referral pages in Debian's Chromium, at 1280 px and on a 360 px phone: an OPS worker sends a referral
 * (a wrong PESEL named first, the field empty again), the CIS accepts it, starts and completes the programme
 * and records the outcome at exit; list, form and referral pages checked with axe-core (WCAG 2.1 AA) and for
 * sideways scrolling at 360 px. Screenshots in target/screenshots/reintegration-pages-*.png.
 */
class ReferralPagesE2eTest extends BrowserTest {

    @Autowired
    RegistryFixtures registry;

    @Test
    void aReferralGoesFromTheOpsToTheCisAndEndsWithAnOutcomeOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aReferralGoesFromTheOpsToTheCisAndEndsWithAnOutcomeOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView ops = organisation("MOPS w Gdańsku " + suffix, Kind.JSPS);
        OrganisationView cis = organisation("Centrum Integracji Społecznej w Gdańsku " + suffix, Kind.CIS);
        UserView sender = users.create("ri-e2e-ops-" + System.nanoTime(), Role.PARTNER, ops.id());
        UserView receiver = users.create("ri-e2e-cis-" + System.nanoTime(), Role.PES, cis.id());
        String list = "Skierowania do reintegracji";

        String referralUrl;
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), sender.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/reintegracja", list, "reintegration-pages-list-empty-" + suffix);
            page.locator("#new-referral").click();
            Browsers.check(page, "reintegration-pages-new-" + suffix);

            page.locator("#personPesel").fill(ReferralPagesTest.WRONG_PESEL);
            page.locator("#receiverId").selectOption(String.valueOf(cis.id()));
            page.locator("#riskGroup-LONG_TERM_UNEMPLOYED").check();
            page.locator("#riskGroup-HOMELESSNESS").check();
            page.locator("#legalBasis").selectOption("SOCIAL_EMPLOYMENT_ACT");
            page.locator("#programmeKind").selectOption("IPZS");
            page.locator("#notes").fill("Gotowość do pracy od poniedziałku.");
            page.locator("#send").click();
            assertThat(page.locator("#personPesel-error")).isVisible();
            assertThat(page.locator("#personPesel")).hasValue("");
            assertThat(page.locator("#person-retype")).isVisible();
            Browsers.check(page, "reintegration-pages-new-errors-" + suffix);

            page.locator("#personPesel").fill(ReferralPagesTest.PESEL);
            page.locator("#send").click();
            assertThat(page.locator("#flash-message")).isVisible();
            assertThat(page.locator("#referral-state")).containsText("Wysłane");
            assertThat(page.locator("#notes")).containsText("Gotowość do pracy");
            Browsers.check(page, "reintegration-pages-sent-" + suffix);
            referralUrl = page.url().substring(baseUrl().length());
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), receiver.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/reintegracja", list, "reintegration-pages-list-" + suffix);
            assertThat(page.locator("#referrals-table")).containsText(ops.name());
            page.locator("#referrals-table a").first().click();
            Browsers.check(page, "reintegration-pages-received-" + suffix);

            page.locator("#to-REJECTED").click();
            assertThat(page.locator("#reason-REJECTED-error")).isVisible();
            Browsers.check(page, "reintegration-pages-reason-missing-" + suffix);

            page.locator("#to-ACCEPTED").click();
            assertThat(page.locator("#referral-state")).containsText("Przyjęte");
            page.locator("#to-IN_PROGRAMME").click();
            assertThat(page.locator("#referral-state")).containsText("W programie");
            page.locator("#to-COMPLETED").click();
            assertThat(page.locator("#referral-state")).containsText("Ukończone");
            page.locator("#outcome-outcome").selectOption("SOCIAL_ENTERPRISE_EMPLOYMENT");
            page.locator("#record-outcome").click();
            assertThat(page.locator("#exit-outcome")).containsText("Zatrudnienie w przedsiębiorstwie społecznym");
            assertThat(page.locator("#follow-ups")).isVisible();
            assertThat(page.locator("#history")).containsText("W programie");
            Browsers.check(page, "reintegration-pages-follow-up-" + suffix);
        }
        org.assertj.core.api.Assertions.assertThat(referralUrl).matches("/reintegracja/\\d+");
    }

    private OrganisationView organisation(String name, Kind kind) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, ReferralPagesTest.GDANSK,
                "ul. Długa 1", "80-001", "Gdańsk", null, null, null, null, List.of(), null, null, null, null, null, null,
                null, null, null));
    }
}
