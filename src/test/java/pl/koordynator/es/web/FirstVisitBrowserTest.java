package pl.koordynator.es.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.Chromium;
import pl.koordynator.es.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first visit as a person makes it, in a real browser: home page, sign-in as admin, dashboard,
 * the switch to English, the admin pages; axe-core checks every page on the way.
 */
class FirstVisitBrowserTest extends IntegrationTest {

    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void adminSignsInReachesTheDashboardAndSwitchesToEnglish() {
        UserView someone = users.create("ktos.z.owes", Role.OWES);
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/");
            assertThat(page.locator("html")).hasAttribute("lang", "pl");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Koordynator ES");
            checked(page, "home");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zaloguj się").setExact(true)).first()
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            checked(page, "login");
            page.getByLabel("Nazwa użytkownika").fill("admin");
            page.getByLabel("Hasło").fill(ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaloguj się")).click();

            assertThat(page).hasURL(Pattern.compile(".*/panel$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Witaj, Administrator");
            checked(page, "dashboard");

            page.navigate(baseUrl() + "/admin/users");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ktos.z.owes")))
                    .isVisible();
            checked(page, "users");
            page.navigate(baseUrl() + "/admin/users/new");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utwórz konto")).click();
            assertThat(page.getByText("Popraw zaznaczone pola.")).isVisible();
            checked(page, "user-new-errors");
            page.navigate(baseUrl() + "/admin/users/" + someone.id());
            checked(page, "user-edit");
            page.navigate(baseUrl() + "/admin/audit");
            assertThat(page.getByText("ktos.z.owes").first()).isVisible();
            checked(page, "audit");
            page.navigate(baseUrl() + "/profile");
            checked(page, "profile");
            page.navigate(baseUrl() + "/deklaracja-dostepnosci");
            checked(page, "accessibility");
            page.navigate(baseUrl() + "/nie-ma-takiej-strony");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Nie znaleziono strony");
            checked(page, "not-found");

            page.navigate(baseUrl() + "/panel");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Welcome, Administrator");
            checked(page, "dashboard-en");

            page.navigate(baseUrl() + "/profile");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("My profile");
            checked(page, "profile-en");
            page.navigate(baseUrl() + "/admin/users");
            checked(page, "users-en");
        }
    }

    @Test
    void wrongPasswordIsExplainedInPolish() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/login");
            page.getByLabel("Nazwa użytkownika").fill("admin");
            page.getByLabel("Hasło").fill("to nie jest hasło");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaloguj się")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("Nieprawidłowa nazwa użytkownika lub hasło.");
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void pagesFitA360PixelPhone() {
        try (BrowserContext context = chromium.browser().newContext(
                new Browser.NewContextOptions().setViewportSize(360, 740))) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/");
            assertFits(page, "home-360");
            page.navigate(baseUrl() + "/login");
            page.getByLabel("Nazwa użytkownika").fill("admin");
            page.getByLabel("Hasło").fill(ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaloguj się")).click();
            assertThat(page).hasURL(Pattern.compile(".*/panel$"));
            assertFits(page, "dashboard-360");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pokaż lub ukryj menu")).click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Użytkownicy"))).isVisible();
            for (String path : new String[] {"/admin/users", "/admin/users/new", "/admin/audit", "/profile",
                    "/deklaracja-dostepnosci"}) {
                page.navigate(baseUrl() + path);
                assertFits(page, path.substring(1).replace('/', '-') + "-360");
            }
        }
    }

    private BrowserContext desktop() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    private static void checked(Page page, String name) {
        Chromium.screenshot(page, name);
        Chromium.assertAccessible(page);
    }

    private static void assertFits(Page page, String name) {
        Chromium.screenshot(page, name);
        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width of %s at 360 px", page.url())
                .isLessThanOrEqualTo(360);
        Chromium.assertAccessible(page);
    }
}
