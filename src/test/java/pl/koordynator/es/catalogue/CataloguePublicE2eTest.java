package pl.koordynator.es.catalogue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in Debian's Chromium, at 1280 px and on a 360 px phone: the catalogue with a search,
 * a facet chosen, an offer's page and the widget's instructions, each checked with axe-core
 * (WCAG 2.1 AA) and without sideways scrolling on the phone; and a municipality's website on
 * another origin showing the widget in an iframe and through the script, while a normal page of
 * the platform in an iframe there stays blocked. Screenshots in target/screenshots/catalogue-*.png.
 */
class CataloguePublicE2eTest extends BrowserTest {

    @Autowired
    CataloguePublicFixtures fixtures;

    @Test
    void aVisitorSearchesTheCatalogueOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aVisitorSearchesTheCatalogueOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private OfferView offers() {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Smaczny Kąsek", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "kasek@example.pl");
        OrganisationView foundation = fixtures.pes("Fundacja Czysty Dom", Kind.NGO, CataloguePublicFixtures.SOPOT,
                "czysty@example.pl");
        OfferView catering = fixtures.published(pes, "Catering na spotkania i konferencje", "CATERING_EVENTS",
                "Przerwy kawowe, lunche i kolacje dla 10–200 osób.\nDowozimy na terenie Trójmiasta.",
                AreaScope.GMINAS, List.of(CataloguePublicFixtures.GDANSK, CataloguePublicFixtures.SOPOT));
        fixtures.published(pes, "Obiady dla szkół i przedszkoli", "CATERING_MEALS", "Obiady dwudaniowe.");
        fixtures.published(foundation, "Sprzątanie biur – Gdańsk", "CLEANING_OFFICES", "Codzienne sprzątanie biur.");
        return catering;
    }

    private void tour(int width, int height, String suffix) {
        OfferView catering = offers();
        try (BrowserContext context = browsers.newContext(width, height)) {
            // two cores shared by several test runs: a cold first page may take longer than the default 10 s
            context.setDefaultNavigationTimeout(30_000);
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/katalog", "Katalog ofert ekonomii społecznej", "catalogue-search-" + suffix);
            assertThat(page.locator("#offer-list > li")).hasCount(3);

            page.locator("#q").fill("sprzatanie");
            page.locator("form[role=search] button[type=submit]").click();
            assertThat(page.locator("#offer-list > li")).hasCount(1);
            page.locator("#q").fill("");
            page.locator("form[role=search] button[type=submit]").click();
            page.locator("#facet-kind a[data-facet-value=SOCIAL_COOPERATIVE]").click();
            assertThat(page.locator("#result-count")).hasText("Znaleziono ofert: 2");
            Browsers.check(page, "catalogue-search-filtered-" + suffix);

            Browsers.visit(page, baseUrl(), "/katalog/oferty/" + catering.id(), "Catering na spotkania i konferencje",
                    "catalogue-offer-" + suffix);
            assertThat(page.locator("#areas")).containsText("Gdańsk");
            assertThat(page.locator("#other-offers")).containsText("Obiady dla szkół i przedszkoli");

            Browsers.visit(page, baseUrl(), "/katalog/widzet/instrukcja?gmina=" + CataloguePublicFixtures.GDANSK,
                    "Widżet katalogu ofert na stronę gminy", "catalogue-widget-doc-" + suffix);
            assertThat(page.frameLocator("#widget-preview").locator("#widget-offers")).containsText("Catering na spotkania");
        }
    }

    @Test
    void aMunicipalitysWebsiteOnAnotherOriginShowsTheWidgetButNoOtherPage() throws IOException {
        offers();
        String widget = baseUrl() + "/katalog/widzet?gmina=" + CataloguePublicFixtures.SOPOT;
        String hostPage = """
                <!DOCTYPE html>
                <html lang="pl"><head><meta charset="utf-8"><title>Urząd Miasta</title></head>
                <body><h1>Urząd Miasta Sopotu</h1>
                <iframe id="direct" src="%s" title="Oferty" width="400" height="400"></iframe>
                <script src="%s/katalog/widzet.js" data-gmina="%s" data-category="CLEANING"></script>
                <iframe id="blocked" src="%s/katalog" title="Katalog" width="400" height="300"></iframe>
                </body></html>""".formatted(widget, baseUrl(), CataloguePublicFixtures.GDANSK, baseUrl());
        // 127.0.0.1 is another origin than the application's localhost
        HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/", exchange -> {
            byte[] body = hostPage.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        host.start();
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            context.setDefaultNavigationTimeout(30_000);
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + host.getAddress().getPort() + "/");
            assertThat(page.frameLocator("#direct").locator("#widget-offers"))
                    .containsText("Catering na spotkania i konferencje");
            // the script put its iframe after itself and sized it by the height the widget reported
            var scripted = page.locator("iframe.koordynator-catalogue-widget");
            assertThat(scripted).hasCount(1);
            assertThat(page.frameLocator("iframe.koordynator-catalogue-widget").locator("#widget-offers"))
                    .containsText("Sprzątanie biur – Gdańsk");
            assertThat(scripted).not().hasCSS("height", "400px");
            // the links leave the frame for the platform in a new tab
            assertThat(page.frameLocator("#direct").locator("#widget-offers a").first())
                    .hasAttribute("target", "_blank");
            Browsers.screenshot(page, "catalogue-widget-on-another-origin");

            // the catalogue itself (frame-ancestors 'none', X-Frame-Options: DENY) is refused in the frame
            Frame blocked = page.locator("#blocked").elementHandle().contentFrame();
            blocked.waitForLoadState();
            // (Chromium shows its own error page there instead of the catalogue's main element)
            assertThat(blocked.locator("main#main").count()).isZero();
            assertThat(page.frameLocator("#direct").locator("h1")).hasCount(1);
        } finally {
            host.stop(0);
        }
    }
}
