package pl.koordynator.es.publicservices;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor in Debian's Chromium, at 1280 px and on a 360 px phone: the region's social clauses, a
 * year picked with the form, the JST table sorted by share, and a JST's history, each checked with
 * axe-core (WCAG 2.1 AA) and without sideways scrolling on the phone. Screenshots in
 * target/screenshots/clause-measures-*.png.
 */
class ClauseMeasuresE2eTest extends BrowserTest {

    @Test
    void aVisitorReadsTheSocialClausesOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aVisitorReadsTheSocialClausesOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        ClauseMeasuresFixtures data = new ClauseMeasuresFixtures(jdbc).enter();
        try (BrowserContext context = browsers.newContext(width, height)) {
            // two cores shared by several test runs: a cold first page may take longer than the default 10 s
            context.setDefaultNavigationTimeout(30_000);
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/klauzule-spoleczne",
                    "Klauzule społeczne w zamówieniach publicznych " + data.year, "clause-measures-region-" + suffix);
            assertThat(page.locator("#f-share")).hasText("40 %");

            page.locator("#year").selectOption(String.valueOf(data.year - 1));
            page.locator("form[method=get] button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Klauzule społeczne w zamówieniach publicznych " + (data.year - 1));
            assertThat(page.locator("#f-share")).hasText("90,91 %");
            Browsers.check(page, "clause-measures-previous-year-" + suffix);

            page.locator("#jst-table thead a", new Page.LocatorOptions().setHasText("Udział z klauzulami")).click();
            // last year: Gdańsk 100 %, Sopot 0 %; the highest share first, then the lowest
            assertThat(page.locator("#jst-table tbody tr").first()).containsText("Gmina Miasta Gdańska");
            page.locator("#jst-table thead a", new Page.LocatorOptions().setHasText("Udział z klauzulami")).click();
            assertThat(page.locator("#jst-table tbody tr").first()).containsText("Gmina Miasta Sopotu");
            page.locator("#definitions summary").click();
            Browsers.check(page, "clause-measures-sorted-" + suffix);

            Browsers.visit(page, baseUrl(), "/klauzule-spoleczne/" + data.gdansk, "Klauzule społeczne – gmina Gdańsk",
                    "clause-measures-jst-" + suffix);
            assertThat(page.locator("#history-table tbody tr")).hasCount(2);
            assertThat(page.locator("#latest-procurements li")).hasCount(2);
        }
    }
}
