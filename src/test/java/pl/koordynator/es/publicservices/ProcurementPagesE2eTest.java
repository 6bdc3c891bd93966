package pl.koordynator.es.publicservices;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.RegionDate;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The procurement and public task pages in Debian's Chromium, at 1280 px and on a 360 px phone: a
 * PARTNER enters a procurement of its JST (a bad CPV code named first, a second lot added by the
 * form's button), reads it, lists it with its filter and enters a public task; every page checked with
 * axe-core (WCAG 2.1 AA) and, on the phone, without sideways scrolling. Screenshots in
 * target/screenshots/procurement-pages-*.png.
 */
class ProcurementPagesE2eTest extends BrowserTest {

    @Autowired
    PublicServicesFixtures fixtures;

    @Test
    void aPartnerEntersAProcurementAndAPublicTaskOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aPartnerEntersAProcurementAndAPublicTaskOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska " + suffix, PublicServicesFixtures.GDANSK);
        UserView partner = fixtures.partner(gdansk);
        String title = "Usługi opiekuńcze dla seniorów " + suffix;

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), partner.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/zamowienia", "Zamówienia publiczne", "procurement-pages-list-empty-" + suffix);
            page.locator("#new-procurement").click();
            Browsers.check(page, "procurement-pages-form-" + suffix);
            page.locator("#title").fill(title);
            page.locator("#cpvCodes").fill("8531-2");
            page.locator("#noticeDate").fill(RegionDate.today().minusDays(2).toString());
            page.locator("#bidDeadline").fill(RegionDate.today().plusDays(20).toString());
            page.locator("#estimatedValue").fill("150 000");
            page.locator("#save").click();
            assertThat(page.locator("#cpvCodes-error")).isVisible();
            assertThat(page.locator("#error-summary")).isVisible();
            Browsers.check(page, "procurement-pages-form-errors-" + suffix);
            page.locator("#cpvCodes").fill("85311000-2");
            page.locator("[id='lots0.reservedArt94']").selectOption("SOCIAL_COOPERATIVES");
            page.locator("#add-lot").click();
            assertThat(page.locator("[id='lots1.title']")).isVisible();
            page.locator("[id='lots1.title']").fill("Opieka wytchnieniowa");
            page.locator("[id='lots1.employmentArt96Group']").selectOption("UNEMPLOYED");
            page.locator("[id='lots1.employmentArt96Persons']").fill("2");
            page.locator("[id='lots1.employmentArt96Months']").fill("12");
            Browsers.check(page, "procurement-pages-form-two-lots-" + suffix);
            page.locator("#save").click();
            assertThat(page.locator("h1")).hasText(title);
            assertThat(page.locator("#lot-1-clauses")).containsText("Spółdzielnie socjalne");
            assertThat(page.locator("#lot-2-clauses")).containsText("Osoby bezrobotne");
            Browsers.check(page, "procurement-pages-detail-" + suffix);

            Browsers.visit(page, baseUrl(), "/zamowienia?withClauses=true", "Zamówienia publiczne",
                    "procurement-pages-list-" + suffix);
            assertThat(page.locator("#procurements-table")).containsText(title);

            Browsers.visit(page, baseUrl(), "/zadania-publiczne/nowe", "Nowe zadanie publiczne",
                    "procurement-pages-task-form-" + suffix);
            page.locator("#callTitle").fill("Prowadzenie klubu seniora " + suffix);
            page.locator("#area").selectOption("SENIORS");
            page.locator("#callDate").fill(RegionDate.today().toString());
            page.locator("#offerDeadline").fill(RegionDate.today().plusDays(14).toString());
            page.locator("#amount").fill("45 000");
            page.locator("#save").click();
            assertThat(page.locator("#amount")).containsText("45 000,00 zł");
            Browsers.check(page, "procurement-pages-task-" + suffix);
            Browsers.visit(page, baseUrl(), "/zadania-publiczne", "Zadania publiczne", "procurement-pages-tasks-" + suffix);
        }
    }
}
