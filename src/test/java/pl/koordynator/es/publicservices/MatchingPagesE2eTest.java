package pl.koordynator.es.publicservices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.catalogue.CatalogueFixtures;
import pl.koordynator.es.catalogue.CatalogueFixtures.Pes;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

/**
 * "Okazje dla mnie" of a PES and the matches of a procurement in Debian's Chromium, at 1280 px and on
 * a 360 px phone: the PES sees the open procurement matching its catering offer with the reasons,
 * records that it bid, saves a wrong capacity (the field named) and then a right one, opts in to the
 * digest; ROPS opens the procurement's matches. Every page checked with axe-core (WCAG 2.1 AA).
 * Screenshots in target/screenshots/matching-*.png.
 */
class MatchingPagesE2eTest extends BrowserTest {

    @Autowired
    CatalogueFixtures catalogue;
    @Autowired
    PublicServicesFixtures fixtures;

    @Test
    void aPesFindsItsOpportunitiesOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aPesFindsItsOpportunitiesOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        Pes pes = catalogue.pes("Spółdzielnia Socjalna Smaczna " + suffix, Kind.SOCIAL_COOPERATIVE,
                PublicServicesFixtures.GDANSK, "Gdańsk", true);
        catalogue.published(pes, CatalogueFixtures.input(pes.id(), "Obiady dla szkół", "Ciepłe obiady.",
                "CATERING_MEALS"));
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska " + suffix, PublicServicesFixtures.GDANSK);
        String title = "Dowóz obiadów do szkół podstawowych " + suffix;
        ProcurementView procurement = fixtures.created(PublicServicesFixtures.withCpv(
                PublicServicesFixtures.input(gdansk.id(), title), "55520000-1"));
        UserView rops = users.create("rops-match-" + System.nanoTime(), Role.ADMIN);

        try (BrowserContext pesContext = browsers.newContext(width, height);
                BrowserContext ropsContext = browsers.newContext(width, height)) {
            Page page = pesContext.newPage();
            Browsers.signIn(page, baseUrl(), pes.user().username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/zamowienia/okazje", "Okazje dla mnie", "matching-opportunities-" + suffix);
            assertThat(page.locator("#main article").first()).containsText(title);
            assertThat(page.locator("#main article").first()).containsText("Siedziba w gminie realizacji");

            page.locator("#main article select[name=bid]").first().selectOption("true");
            page.locator("#main article button[type=submit]").first().click();
            assertThat(page.locator(".alert-success")).containsText("Zapisano odpowiedź");
            assertThat(page.locator("#main article select[name=bid]").first()).hasValue("true");

            page.locator("#cpvDivisions").fill("5");
            page.locator("#capacity-heading ~ form button[type=submit]").click();
            assertThat(page.locator("#cpvDivisions-error")).isVisible();
            Browsers.check(page, "matching-capacity-error-" + suffix);
            page.locator("#cpvDivisions").fill("55, 90");
            page.locator("#maxValue").fill("150 000");
            page.locator("#capacity-heading ~ form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("Zapisano możliwości");
            assertThat(page.locator("#maxValue")).hasValue("150000");

            page.locator("label[for=optedIn]").click();
            page.locator("#digest-heading ~ form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("Włączono");
            Browsers.check(page, "matching-opportunities-saved-" + suffix);

            Page admin = ropsContext.newPage();
            Browsers.signIn(admin, baseUrl(), rops.username(), TestUsers.PASSWORD);
            Browsers.visit(admin, baseUrl(), "/zamowienia/" + procurement.id() + "/dopasowania",
                    "Dopasowane podmioty ekonomii społecznej", "matching-matches-" + suffix);
            assertThat(admin.locator("#matches")).containsText(pes.organisation().name());
            assertThat(admin.locator("#matches")).containsText("złożyliśmy ofertę");
        }
    }
}
