package pl.koordynator.es.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first journey through the application in a real browser (Debian's Chromium): home page,
 * sign-in as admin, dashboard, the admin pages, the switch to English and that it is remembered,
 * the accessibility statement, a missing page and the sign-in page as an anonymous visitor.
 * axe-core (WCAG 2.1 AA) checks every page on the way, at 1280 px and at a 360 px phone, which
 * must never scroll sideways. Screenshots land in target/screenshots/.
 */
class BrowserJourneyE2eTest extends BrowserTest {

    private static final int DESKTOP_WIDTH = 1280;
    private static final int PHONE_WIDTH = 360;

    /**
     * Started by the first test and shared; started here rather than in {@code @BeforeAll} so
     * that a missing Chromium shows in the report as skipped tests with the reason.
     */
    @Test
    void admin_signs_in_visits_every_page_and_switches_to_english() {
        try (BrowserContext context = browsers.newContext(DESKTOP_WIDTH, 900)) {
            Page page = context.newPage();
            journey(page, "1280");
        }
    }

    @Test
    void the_same_journey_fits_a_360_px_phone_without_horizontal_scroll() {
        try (BrowserContext context = browsers.newContext(PHONE_WIDTH, 740)) {
            Page page = context.newPage();
            journey(page, "360");
        }
    }

    @Test
    void wrong_password_is_explained_in_polish() {
        try (BrowserContext context = browsers.newContext(DESKTOP_WIDTH, 900)) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/login");
            signIn(page, "admin", "to nie jest hasło");
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("Nieprawidłowa nazwa użytkownika lub hasło.");
            checked(page, "login-error-1280");
        }
    }

    private void journey(Page page, String width) {
        // Someone to list, and an entry in the audit trail, so the tables are checked too.
        UserView anna = users.create("anna.owes", Role.OWES);

        Response home = page.navigate(baseUrl() + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("lang", "pl");
        assertThat(heading(page)).hasText("Koordynator ES");
        checked(page, "home-" + width);

        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Zaloguj się do systemu")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        signIn(page, "admin", ADMIN_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/panel$"));
        assertThat(heading(page)).hasText("Witaj, Administrator");
        checked(page, "dashboard-" + width);

        visit(page, "/admin/users", "Użytkownicy", "users-" + width);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("anna.owes"))).isVisible();
        assertThat(page.locator("#main-nav a[aria-current=page]")).hasText("Użytkownicy");
        visit(page, "/admin/users/new", "Nowy użytkownik", "user-new-" + width);
        visit(page, "/admin/users/" + anna.id(), "Edytuj konto anna.owes", "user-edit-" + width);
        visit(page, "/admin/audit", "Dziennik zmian", "audit-" + width);
        assertThat(page.getByRole(AriaRole.TABLE).getByText("anna.owes").first()).isVisible();
        visit(page, "/profile", "Mój profil", "profile-" + width);
        visit(page, "/deklaracja-dostepnosci", "Deklaracja dostępności", "accessibility-" + width);

        Response missing = page.navigate(baseUrl() + "/nie-ma-takiej-strony");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(heading(page)).hasText("Nie znaleziono strony");
        checked(page, "not-found-" + width);

        page.navigate(baseUrl() + "/panel");
        openMenuIfCollapsed(page, "menu-open-" + width);
        // the language switch is in the user menu on the right
        page.locator("#user-menu").click();
        Locator english = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true));
        assertThat(english).hasAttribute("href", Pattern.compile("\\?lang=en$"));
        english.click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading(page)).hasText("Welcome, Administrator");
        // The switch now offers the way back (hidden behind the toggler on a phone, so not by role).
        assertThat(page.locator("#main-nav a[lang=pl]")).hasText("Polski");
        checked(page, "dashboard-en-" + width);

        // The choice is remembered (cookie), not carried in the address.
        page.navigate(baseUrl() + "/profile");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading(page)).hasText("My profile");
        checked(page, "profile-en-" + width);
        visit(page, "/admin/users", "Users", "users-en-" + width);
        page.navigate(baseUrl() + "/nie-ma-takiej-strony");
        assertThat(heading(page)).hasText("Page not found");
        checked(page, "not-found-en-" + width);

        try (BrowserContext anonymous = browsers.newContext(page.viewportSize().width, page.viewportSize().height)) {
            Page login = anonymous.newPage();
            login.navigate(baseUrl() + "/login");
            assertThat(login.locator("html")).hasAttribute("lang", "pl");
            assertThat(heading(login)).hasText("Logowanie");
            checked(login, "login-" + width);
        }
    }

    private void visit(Page page, String path, String heading, String screenshot) {
        Response response = page.navigate(baseUrl() + path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        assertThat(heading(page)).hasText(heading);
        checked(page, screenshot);
    }

    private static void signIn(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
    }

    /** On a phone the navbar is collapsed behind the toggler; open it as a person would. */
    private static void openMenuIfCollapsed(Page page, String screenshot) {
        Locator toggler = page.locator("button.navbar-toggler");
        if (toggler.isVisible()) {
            toggler.click();
            assertThat(toggler).hasAttribute("aria-expanded", "true");
            // Bootstrap animates the collapse; "show" without "collapsing" means it has finished.
            assertThat(page.locator("#main-nav")).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
            assertThat(page.locator("#main-nav")).not().hasClass(Pattern.compile("collapsing"));
            checked(page, screenshot);
        }
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static void checked(Page page, String name) {
        Browsers.screenshot(page, name);
        if (page.viewportSize().width <= PHONE_WIDTH) {
            Browsers.assertNoHorizontalScroll(page);
        }
        Browsers.assertAccessible(page);
    }
}
