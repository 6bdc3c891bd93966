package pl.koordynator.es.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page in Chromium with content in every section, at 1280 px and on a 360 px phone:
 * axe-core clean, no sideways scrolling, the map and the figures are links a keyboard reaches, and
 * the search box opens the register. Screenshots: target/screenshots/home-*.png.
 */
class HomePageE2eTest extends BrowserTest {

    @Autowired
    RegistryFixtures registry;

    @Autowired
    EventsFixtures events;

    @Autowired
    NeedsFixtures needs;

    @BeforeEach
    void aRegionWithSomethingInEverySection() throws Exception {
        registry.create(HomePageTest.organisation("Spółdzielnia Socjalna „Kaszubskie Smaki” w Borzytuchomiu",
                Kind.SOCIAL_COOPERATIVE, HomePageTest.BORZYTUCHOM, null, LocalDate.now().minusYears(1),
                OrganisationStatus.ACTIVE));
        registry.create(HomePageTest.organisation("Centrum Integracji Społecznej w Bytowie", Kind.CIS,
                HomePageTest.BYTOW, 1250, null, OrganisationStatus.ACTIVE));
        OffsetDateTime now = events.now();
        for (int i = 1; i <= 6; i++) {
            events.published(HomePageTest.event("Szkolenie z ekonomii społecznej i zamówień publicznych z klauzulami "
                    + "społecznymi, część " + i, now.plusDays(3L * i), true, "PUBLISHED"));
        }
        UserView reporter = needs.pesUser("Spółdzielnia Socjalna Potrzebna", HomePageTest.BYTOW);
        for (int i = 1; i <= 3; i++) {
            needs.published(reporter, NeedsFixtures.input(HomePageTest.BYTOW, "Mieszkania treningowe, etap " + i));
        }
        // the first answer after a change draws the map and compiles the template: on a busy machine
        // that alone can take most of Playwright's 10 s for a navigation, which is not what is tested here
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void theHomePageIsAccessibleAtDesktopWidth() {
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/", "Koordynator ES", "home-1280");
            assertThat(page.locator("[data-figure]")).hasCount(4);
            assertThat(page.locator("[data-section=next-events] li")).hasCount(5);
            assertThat(page.locator("[data-section=recent-needs] li")).hasCount(3);
            // the picture is one link to the map, its name what it shows
            Locator map = page.locator("a.home-map");
            assertThat(map).hasAttribute("href", "/map");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Liczba aktywnych PES w gminach województwa"))).hasCount(1);
            assertThat(page.locator("a.home-map svg path")).hasCount(123);
        }
    }

    @Test
    void theHomePageFitsAPhoneAndItsSearchOpensTheRegister() {
        try (BrowserContext context = browsers.newContext(360, 740)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/", "Koordynator ES", "home-360");
            for (Locator figure : page.locator("[data-figure] a").all()) {
                assertThat(figure.boundingBox().width).isLessThanOrEqualTo(360);
            }
            page.locator("#home-q").fill("kaszubskie");
            page.locator("#home-q").press("Enter");
            page.waitForURL("**/organisations?q=kaszubskie");
            assertThat(page.locator("#results")).containsText("Kaszubskie Smaki");
            assertThat(page.locator("#results")).not().containsText("Centrum Integracji Społecznej w Bytowie");
        }
    }
}
