package pl.koordynator.es.networks;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.networks.domain.NetworksDemoLoader;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The networks pages on the demo data in Debian's Chromium, at 1280 px and on a 360 px phone: the
 * list, a network's page, the ties, the offers board and the graph with its table, each checked
 * with axe-core (WCAG 2.1 AA) and without sideways scrolling on the phone. Screenshots land in
 * target/screenshots/networks-*.png.
 */
class NetworksPagesE2eTest extends BrowserTest {

    @Autowired
    NetworksDemoLoader demo;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'networks'").update();
    }

    /** Both widths in one test: the demo data set takes longer to load than a tour takes. */
    @Test
    void ropsGoesThroughTheNetworksPagesOnADesktopAndOnA360PxPhone() {
        demo.load();
        tour(1280, 900, "1280");
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
            Browsers.visit(page, baseUrl(), "/networks", "Sieci współpracy", "networks-list-" + suffix);
            assertThat(page.locator("main li.card")).hasCount(4);

            page.locator("main li.card h2 a").first().click();
            assertThat(page.locator("#current-members")).isVisible();
            Browsers.check(page, "networks-detail-" + suffix);

            Browsers.visit(page, baseUrl(), "/networks/ties", "Powiązania organizacji", "networks-ties-" + suffix);
            assertThat(page.locator("#tie-list > li").first()).isVisible();
            page.locator("#confirmed").selectOption("false");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtruj")).click();
            assertThat(page.locator("#tie-list").getByText("Niepotwierdzone").first()).isVisible();
            Browsers.check(page, "networks-ties-unconfirmed-" + suffix);

            page.navigate(baseUrl() + "/networks/ties/new");
            Browsers.check(page, "networks-tie-form-" + suffix);

            Browsers.visit(page, baseUrl(), "/networks/offers", "Giełda współpracy", "networks-offers-" + suffix);
            assertThat(page.locator("#offer-list > li")).not().hasCount(0);
            page.locator("#offer-list h2 a").first().click();
            Browsers.check(page, "networks-offer-" + suffix);

            page.navigate(baseUrl() + "/networks/graph");
            // the script has drawn the graph into a canvas; the table holds the same organisations
            assertThat(page.locator("#graph.graph-drawn canvas").first()).isAttached();
            int rows = page.locator("#graph-nodes tbody tr").count();
            assertThat(rows).isGreaterThan(50);
            Browsers.check(page, "networks-graph-" + suffix);
            page.locator("#graph-nodes thead a", new Page.LocatorOptions().setHasText("Organizacja")).click();
            assertThat(page.locator("#graph-nodes th[aria-sort=ascending]")).hasText("Organizacja");
            Browsers.check(page, "networks-graph-by-name-" + suffix);
        }
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/networks/graph", "Graf powiązań " + java.time.LocalDate.now().getYear(),
                    "networks-graph-visitor-" + suffix);
            assertThat(page.locator("#graph.graph-drawn canvas").first()).isAttached();
        }
    }
}
