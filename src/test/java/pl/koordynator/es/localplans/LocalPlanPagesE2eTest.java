package pl.koordynator.es.localplans;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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
 * The plan pages in Debian's Chromium, at 1280 px and on a 360 px phone: a PARTNER of a JST creates a
 * plan (a missing title named first), adds an action and an indicator with the form's own row buttons,
 * reads the plan, uploads its PDF and finds it in the list; every page checked with axe-core (WCAG 2.1
 * AA). Screenshots in target/screenshots/local-plan-pages-*.png.
 */
class LocalPlanPagesE2eTest extends BrowserTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Test
    void aPartnerCreatesAPlanWithItsRowsAndUploadsItsPdfOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aPartnerCreatesAPlanWithItsRowsAndUploadsItsPdfOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy " + suffix, LocalPlansFixtures.KARTUZY);
        OrganisationView owes = fixtures.owes("OWES Pomorze Północ " + suffix, LocalPlansFixtures.KARTUZY);
        UserView partner = fixtures.partner(kartuzy);
        String title = "Lokalny plan rozwoju ES Kartuz " + suffix;
        LocalDate start = RegionDate.today().plusMonths(1).withDayOfMonth(1);
        int year = start.getYear();

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), partner.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/plany-lokalne", "Lokalne plany rozwoju ekonomii społecznej",
                    "local-plan-pages-list-empty-" + suffix);
            page.locator("#new-plan").click();
            assertThat(page.locator("#jst-fixed")).containsText(kartuzy.name());
            Browsers.check(page, "local-plan-pages-form-" + suffix);

            page.locator("#unitTeryt").selectOption(LocalPlansFixtures.KARTUZY);
            page.locator("#periodStart").fill(start.toString());
            page.locator("#periodEnd").fill(start.plusYears(5).minusDays(1).toString());
            page.locator("#owesId").selectOption(String.valueOf(owes.id()));
            page.locator("[id='goals0.title']").fill("Więcej miejsc pracy w PES");
            page.locator("#save").click();
            assertThat(page.locator("#title-error")).isVisible();
            assertThat(page.locator("#error-summary")).isVisible();
            Browsers.check(page, "local-plan-pages-form-errors-" + suffix);

            page.locator("#title").fill(title);
            page.locator("#add-action").click();
            assertThat(page.locator("[id='actions0.title']")).isVisible();
            page.locator("[id='actions0.title']").fill("Zlecanie zadań publicznych PES");
            page.locator("[id='actions0.goalNumber']").selectOption("1");
            page.locator("[id='actions0.responsibleIds']").selectOption(String.valueOf(kartuzy.id()));
            page.locator("[id='actions0.budget']").fill("125 000,50");
            page.locator("#add-indicator").click();
            assertThat(page.locator("[id='indicators0.name']")).isVisible();
            page.locator("[id='indicators0.name']").fill("Miejsca pracy w PES");
            page.locator("[id='indicators0.goalNumber']").selectOption("1");
            page.locator("[id='indicators0.unit']").fill("os.");
            page.locator("[id='indicators0.baseline']").fill("10");
            page.locator("[id='indicators0.baselineYear']").fill(String.valueOf(year));
            page.locator("[id='indicators0.target']").fill("30");
            page.locator("[id='indicators0.targetYear']").fill(String.valueOf(year + 5));
            Browsers.check(page, "local-plan-pages-form-rows-" + suffix);
            page.locator("#save").click();

            assertThat(page.locator("h1")).hasText(title);
            assertThat(page.locator("#action-1-budget")).containsText("125 000,50 zł");
            assertThat(page.locator("#indicator-1")).containsText("Miejsca pracy w PES");
            Browsers.check(page, "local-plan-pages-detail-" + suffix);

            page.locator("#document-title").fill("Projekt planu");
            page.locator("#file").setInputFiles(new FilePayload("projekt-planu.pdf", "application/pdf",
                    LocalPlansFixtures.pdf()));
            page.locator("#add-document").click();
            assertThat(page.locator("#document-list")).containsText("Projekt planu");
            assertThat(page.locator("#flash-message")).isVisible();
            Browsers.check(page, "local-plan-pages-documents-" + suffix);

            Browsers.visit(page, baseUrl(), "/plany-lokalne?status=IN_PREPARATION",
                    "Lokalne plany rozwoju ekonomii społecznej", "local-plan-pages-list-" + suffix);
            assertThat(page.locator("#plans-table")).containsText(title);
        }
    }
}
