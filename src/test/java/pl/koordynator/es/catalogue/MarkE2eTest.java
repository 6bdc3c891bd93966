package pl.koordynator.es.catalogue;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import pl.koordynator.es.testing.RegionDate;

/**
 * The mark's pages in Debian's Chromium at 1280 px and on a 360 px phone, each checked with axe-core
 * (WCAG 2.1 AA) and, on the phone, without sideways scrolling: a PES fills in the application
 * (with a refused share first), ROPS votes and grants it, names a board member, and a visitor sees
 * the licence on the public list. Screenshots in target/screenshots/mark-*.png.
 */
class MarkE2eTest extends BrowserTest {

    @Autowired
    MarkFixtures fixtures;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void onADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void onA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Przeglądarkowa " + suffix, 12, null);
        UserView pesUser = users.create("pes-e2e-" + System.nanoTime(), Role.PES, pes.id());
        UserView rops = users.create("rops-e2e-" + System.nanoTime(), Role.ADMIN);
        UserView member = users.create("kapitula-e2e-" + System.nanoTime(), Role.PARTNER);
        long offer = fixtures.offer(pes, "Catering na spotkania " + suffix, "PUBLISHED");

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), pesUser.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/znak", "Znak „Zakup Prospołeczny”: wnioski", "mark-mine-" + suffix);
            page.locator("#offers-to-apply a").first().click();
            page.locator("#socialAims").fill("Zatrudniamy osoby zagrożone wykluczeniem społecznym.");
            page.locator("#ownRevenue").fill("20 000");
            page.locator("#totalRevenue").fill("100 000");
            page.locator("#revenueYear").fill(String.valueOf(RegionDate.today().getYear() - 1));
            page.locator("#revenueEvidence").fill("Sprawozdanie finansowe");
            page.locator("#rec1Name").fill("Anna Polecająca");
            page.locator("#rec1Organisation").fill("Urząd Gminy");
            page.locator("#rec1Text").fill("Polecamy współpracę.");
            page.locator("#rec2Name").fill("Jan Zadowolony");
            page.locator("#rec2Organisation").fill("Szkoła Podstawowa");
            page.locator("#rec2Text").fill("Solidnie i na czas.");
            page.locator("#mark-form button[type=submit]").click();
            assertThat(page.locator("#ownRevenue-error")).containsText("co najmniej 30%");
            Browsers.check(page, "mark-form-errors-" + suffix);
            page.locator("#ownRevenue").fill("45 000");
            page.locator("#mark-form button[type=submit]").click();
            assertThat(page.locator("#application-status")).hasText("Złożony, czeka na decyzję");
            Browsers.check(page, "mark-application-" + suffix);
        }
        long application = jdbc.sql("select id from catalogue_mark_application where offer_id = :offer")
                .param("offer", offer).query(Long.class).single();
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), rops.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/admin/catalogue/kapitula", "Skład Kapituły znaku „Zakup Prospołeczny”",
                    "mark-board-" + suffix);
            page.locator("#username").fill(member.username());
            page.locator("#board-form button[type=submit]").click();
            assertThat(page.locator("#board-members")).containsText(member.username());
            Browsers.visit(page, baseUrl(), "/kapitula", "Kapituła znaku „Zakup Prospołeczny”: wnioski",
                    "mark-queue-" + suffix);
            page.navigate(baseUrl() + "/kapitula/" + application);
            Browsers.check(page, "mark-board-application-" + suffix);
            page.locator("#choice-FOR").check();
            page.locator("#vote-form button[type=submit]").click();
            assertThat(page.locator("#my-vote")).containsText("Za");
            page.locator("#grant-true").check();
            page.locator("#decision-form button[type=submit]").click();
            assertThat(page.locator("#application-status")).hasText("Znak przyznany");
            assertThat(page.locator("#licence")).containsText("ZP/" + RegionDate.today().getYear() + "/");
            Browsers.check(page, "mark-granted-" + suffix);
        }
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/katalog/znak", "Produkty i usługi ze znakiem „Zakup Prospołeczny”",
                    "mark-public-" + suffix);
            assertThat(page.locator("#marks-table")).containsText("Catering na spotkania " + suffix);
        }
    }
}
