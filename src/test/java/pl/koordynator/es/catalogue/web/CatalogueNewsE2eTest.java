package pl.koordynator.es.catalogue.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.catalogue.CampaignAudience;
import pl.koordynator.es.catalogue.CampaignChannel;
import pl.koordynator.es.catalogue.CampaignInput;
import pl.koordynator.es.catalogue.CampaignView;
import pl.koordynator.es.catalogue.CatalogueNews;
import pl.koordynator.es.catalogue.NewsCategory;
import pl.koordynator.es.catalogue.NewsInput;
import pl.koordynator.es.catalogue.NewsView;
import pl.koordynator.es.catalogue.SocialCampaigns;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;
import pl.koordynator.es.testing.RegionDate;

/**
 * A visitor reads the news and a campaign's results, and ROPS writes a news item (first with a
 * missing title), in Debian's Chromium at 1280 px and on a 360 px phone; each page checked with
 * axe-core (WCAG 2.1 AA) and without sideways scrolling on the phone. Screenshots land in
 * target/screenshots/catalogue-news-*.png.
 */
class CatalogueNewsE2eTest extends BrowserTest {

    @Autowired
    CatalogueNews news;

    @Autowired
    SocialCampaigns campaigns;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void theNewsAndCampaignPagesOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void theNewsAndCampaignPagesOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        UserView rops = users.create("rops-news-" + System.nanoTime(), Role.ADMIN);
        users.signIn(rops);
        NewsView item = news.create(new NewsInput("Targi Ekonomii Społecznej w Gdańsku: 40 wystawców z regionu",
                "Spółdzielnie socjalne i koła gospodyń wiejskich pokazały swoje produkty na Targu Węglowym.",
                "Pierwszy akapit relacji.\n\nDrugi akapit relacji.", List.of(NewsCategory.REGION, NewsCategory.PRODUCTS),
                OffsetDateTime.now().minusHours(2), null, null));
        news.publish(item.id());
        CampaignView campaign = campaigns.create(new CampaignInput("Kupuj społecznie",
                "Pokazać mieszkańcom, gdzie kupić produkty podmiotów ekonomii społecznej.", RegionDate.today().minusDays(60),
                RegionDate.today().minusDays(2), List.of(CampaignAudience.RESIDENTS), List.of(CampaignChannel.RADIO),
                40000, 15000, 20, 48500, 12000, 27, "Kampania przekroczyła plan zasięgu.", List.of(), null));
        campaigns.publish(campaign.id());
        users.signOut();

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/aktualnosci", "Aktualności", "catalogue-news-list-" + suffix);
            assertThat(page.locator("head link[type='application/rss+xml']")).hasAttribute("href", "/aktualnosci/feed.rss");
            page.locator("#news-list h2 a").first().click();
            assertThat(page.locator("h1")).containsText("Targi Ekonomii Społecznej");
            Browsers.check(page, "catalogue-news-item-" + suffix);
            Browsers.visit(page, baseUrl(), "/kampanie", "Kampanie społeczne", "catalogue-news-campaigns-" + suffix);
            page.locator("#campaign-list h2 a").first().click();
            assertThat(page.locator("#kpi-reach")).containsText("121%");
            Browsers.check(page, "catalogue-news-campaign-" + suffix);

            Browsers.signIn(page, baseUrl(), rops.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/admin/catalogue/aktualnosci", "Aktualności – redakcja",
                    "catalogue-news-admin-list-" + suffix);
            Browsers.visit(page, baseUrl(), "/admin/catalogue/aktualnosci/nowa", "Nowa aktualność",
                    "catalogue-news-admin-new-" + suffix);
            page.locator("#lead").fill("Krótki lead");
            page.locator("#body").fill("Treść");
            page.locator("#news-form button[type=submit]").click();
            assertThat(page.locator("#title-error")).containsText("To pole jest wymagane.");
            Browsers.check(page, "catalogue-news-admin-errors-" + suffix);
            page.locator("#title").fill("Nowa aktualność z przeglądarki");
            page.locator("#news-form button[type=submit]").click();
            assertThat(page.locator("#news-status")).containsText("szkic");
            Browsers.check(page, "catalogue-news-admin-edit-" + suffix);
            Browsers.visit(page, baseUrl(), "/admin/catalogue/kampanie/" + campaign.id(), "Edycja kampanii",
                    "catalogue-news-admin-campaign-" + suffix);
        }
    }
}
