package pl.koordynator.es.committee;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.committee.CommitteePublicFixtures.Committee;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor reads the committee's public register in Debian's Chromium, at 1280 px and on a
 * 360 px phone: the register's home, the documents list and a search, a document, the positions
 * list; each page checked with axe-core (WCAG 2.1 AA) and without sideways scrolling on the phone.
 * Screenshots land in target/screenshots/committee-public-*.png.
 */
class CommitteePublicE2eTest extends BrowserTest {

    @Autowired
    CommitteePublicFixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aVisitorReadsTheRegisterOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aVisitorReadsTheRegisterOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        fixtures.removeCommittee();
        fixtures.signInAsRops();
        Committee committee = fixtures.committee();
        DocumentView adopted = fixtures.voted(committee, DocumentType.RESOLUTION,
                "w sprawie zaopiniowania Regionalnego Programu Rozwoju Ekonomii Społecznej na lata 2026–2030",
                "Komitet pozytywnie opiniuje projekt programu.", 3, 0);
        fixtures.voted(committee, DocumentType.OPINION, "o sprawozdaniu z realizacji programu za rok 2025",
                "Komitet przyjmuje sprawozdanie bez uwag.", 2, 0);
        LocalDate today = LocalDate.now(CommitteePublicFixtures.WARSAW);
        fixtures.position("Stanowisko w sprawie stosowania klauzul społecznych w zamówieniach województwa",
                "Zarząd Województwa Pomorskiego", today.plusDays(12), null, TakenIntoAccount.NO_ANSWER);
        fixtures.signOut();

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/komitet", "Regionalny Komitet Rozwoju Ekonomii Społecznej",
                    "committee-public-home-" + suffix);
            assertThat(page.locator("#composition")).containsText("Anna Zielińska");
            assertThat(page.locator("head link[type='application/atom+xml']")).hasAttribute("href", "/api/v1/committee/feed.atom");

            Browsers.visit(page, baseUrl(), "/komitet/dokumenty", "Uchwały i opinie komitetu",
                    "committee-public-documents-" + suffix);
            assertThat(page.locator("#document-list > li")).hasCount(2);
            page.locator("#q").fill("sprawozdaniu");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();
            assertThat(page.locator("#document-list > li")).hasCount(1);
            Browsers.check(page, "committee-public-documents-found-" + suffix);

            Browsers.visit(page, baseUrl(), "/komitet/dokumenty/" + adopted.id(), "Uchwała nr " + adopted.number(),
                    "committee-public-document-" + suffix);
            assertThat(page.locator("#vote")).containsText("Wynik głosowania");

            Browsers.visit(page, baseUrl(), "/komitet/posiedzenia/" + committee.second().id(),
                    "Posiedzenie nr " + committee.second().number() + " (kadencja 7)", "committee-public-meeting-" + suffix);

            Browsers.visit(page, baseUrl(), "/stanowiska", "Stanowiska sektora ekonomii społecznej",
                    "committee-public-positions-" + suffix);
            page.locator("#position-list h2 a").first().click();
            assertThat(page.locator("h1")).containsText("klauzul społecznych");
            Browsers.check(page, "committee-public-position-" + suffix);
        }
    }
}
