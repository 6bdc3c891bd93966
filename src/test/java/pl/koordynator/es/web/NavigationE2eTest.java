package pl.koordynator.es.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.security.domain.UserAccountService;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main menu as each role sees it in a real browser: at 1024, 1280 and 1920 px every
 * top-level entry stays on one line in one row inside the viewport, with the user menu on the
 * right fully visible, and every dropdown opens inside the viewport; at 360 px the collapsed menu
 * is worked with the keyboard alone. One browser context per role, resized rather than reopened.
 */
class NavigationE2eTest extends BrowserTest {

    private static final int[] WIDTHS = {1024, 1280, 1920};

    /** Where each top-level entry, the brand and the user menu are, and how many lines each takes. */
    private static final String GEOMETRY = """
            () => {
              const box = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.5;
                const inner = r.height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)
                    - parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth);
                return {text: el.textContent.trim(), left: r.left, right: r.right, top: r.top,
                        lines: Math.round(inner / line), visible: r.width > 0 && r.height > 0}; };
              return {
                width: document.documentElement.clientWidth,
                scrollWidth: document.documentElement.scrollWidth,
                entries: [...document.querySelectorAll('#main-nav > ul > li > .nav-link')].map(box),
                brand: box(document.querySelector('.navbar-brand'))
              };
            }""";

    private static final String OPEN_MENU_ITEMS = """
            () => [...document.querySelectorAll('#main-nav .dropdown-menu.show .dropdown-item')].map(el => {
              const r = el.getBoundingClientRect();
              return {text: el.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                      width: document.documentElement.clientWidth}; })""";

    @Autowired
    private NeedsFixtures fixtures;

    @Autowired
    private UserAccountService accounts;

    @Test
    void everyRoleSeesItsMenuOnOneLineAtEveryDesktopWidthWithEveryDropdownInside() {
        for (Role role : Role.values()) {
            UserView account = account(role);
            try (BrowserContext context = browsers.newContext(1280, 800)) {
                Page page = context.newPage();
                Browsers.signIn(page, baseUrl(), account.username(), TestUsers.PASSWORD);
                for (int width : WIDTHS) {
                    page.setViewportSize(width, 800);
                    page.navigate(baseUrl() + "/organisations");
                    String where = role + " at " + width + " px";
                    if (role == Role.ADMIN || role == Role.OWES) {
                        Browsers.screenshot(page, "menu-" + role.name().toLowerCase() + "-" + width);
                    }
                    assertOneRowInsideTheViewport(page, where);

                    Locator toggles = page.locator("#main-nav button.dropdown-toggle");
                    for (int i = 0; i < toggles.count(); i++) {
                        Locator toggle = toggles.nth(i);
                        toggle.click();
                        assertThat(toggle).hasAttribute("aria-expanded", "true");
                        assertDropdownInside(page, where + ", " + toggle.textContent().trim());
                        if (width == 1280 && i == 0) {
                            Browsers.screenshot(page, "menu-" + role.name().toLowerCase() + "-1280-open");
                            Browsers.assertAccessible(page);
                        }
                        page.keyboard().press("Escape");
                        assertThat(toggle).hasAttribute("aria-expanded", "false");
                    }
                }
                // the page shown is marked in the menu, and so is the group it is in
                assertThat(page.locator("#main-nav a[aria-current=page]")).hasText("Rejestr podmiotów");
                assertThat(page.locator("#menu-register")).hasAttribute("aria-current", "true");
            }
        }
    }

    @Test
    void aVisitorSeesThePublicMenuAndTheSignInLinkOnTheRight() {
        try (BrowserContext context = browsers.newContext(1024, 800)) {
            Page page = context.newPage();
            for (int width : WIDTHS) {
                page.setViewportSize(width, 800);
                page.navigate(baseUrl() + "/events");
                assertOneRowInsideTheViewport(page, "visitor at " + width + " px");
                assertThat(page.locator("#main-nav a[aria-current=page]")).hasText("Wydarzenia");
                assertThat(page.locator("#main-nav a[href='/login']")).isInViewport();
            }
            Browsers.assertAccessible(page);
        }
    }

    @Test
    void onAPhoneTheCollapsedMenuIsWorkedWithTheKeyboardAlone() {
        for (Role role : List.of(Role.ADMIN, Role.OWES)) {
            UserView account = account(role);
            try (BrowserContext context = browsers.newContext(360, 740)) {
                Page page = context.newPage();
                Browsers.signIn(page, baseUrl(), account.username(), TestUsers.PASSWORD);
                assertThat(page.locator("#main-nav")).not().isVisible();

                tabTo(page, "button.navbar-toggler");
                page.keyboard().press("Enter");
                assertThat(page.locator("button.navbar-toggler")).hasAttribute("aria-expanded", "true");
                assertThat(page.locator("#main-nav")).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
                assertThat(page.locator("#main-nav")).not().hasClass(Pattern.compile("collapsing"));

                tabTo(page, "#menu-owes-support");
                page.keyboard().press(" ");
                assertThat(page.locator("#menu-owes-support")).hasAttribute("aria-expanded", "true");
                Browsers.screenshot(page, "menu-" + role.name().toLowerCase() + "-360-open");
                Browsers.assertNoHorizontalScroll(page);
                Browsers.assertAccessible(page);

                tabTo(page, "#main-nav a[href='/events/plan']");
                page.keyboard().press("Enter");
                assertThat(page).hasURL(Pattern.compile(".*/events/plan$"));
                assertThat(page.locator("#main-nav a[aria-current=page]")).hasAttribute("href", "/events/plan");
                assertThat(page.locator("#menu-owes-support")).hasAttribute("aria-current", "true");
            }
        }
    }

    /** An account of the role, in an organisation of the kind the role works for, with a long name as real ones are. */
    private UserView account(Role role) {
        Long organisation = switch (role) {
            case OWES -> fixtures.organisation("OWES Pomorze " + System.nanoTime(), Kind.OWES, NeedsFixtures.GDYNIA).id();
            case PES -> fixtures.organisation("Spółdzielnia Socjalna " + System.nanoTime(), Kind.SOCIAL_COOPERATIVE,
                    NeedsFixtures.GDANSK).id();
            case PARTNER -> fixtures.organisation("Gmina " + System.nanoTime(), Kind.JST, NeedsFixtures.GDANSK).id();
            default -> null;
        };
        String username = role.name().toLowerCase() + "-" + System.nanoTime();
        return accounts.createAtStartup(new NewUser(username, "Katarzyna Wiśniewska-Brzęczyszczykiewicz",
                username + "@example.org", role, organisation, TestUsers.PASSWORD));
    }

    /** Presses Tab until the element has the focus, as a keyboard user would (at most 40 times). */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    @SuppressWarnings("unchecked")
    private static void assertOneRowInsideTheViewport(Page page, String where) {
        Map<String, Object> geometry = (Map<String, Object>) page.evaluate(GEOMETRY);
        int width = ((Number) geometry.get("width")).intValue();
        List<Map<String, Object>> entries = new ArrayList<>((List<Map<String, Object>>) geometry.get("entries"));
        Map<String, Object> brand = (Map<String, Object>) geometry.get("brand");
        assertThat(entries).as(where).hasSizeGreaterThanOrEqualTo(3);
        assertThat(((Number) geometry.get("scrollWidth")).intValue()).as("page width, %s", where)
                .isLessThanOrEqualTo(width);
        double top = ((Number) brand.get("top")).doubleValue();
        for (Map<String, Object> entry : entries) {
            String what = entry.get("text") + ", " + where;
            assertThat(entry.get("visible")).as(what).isEqualTo(true);
            assertThat(((Number) entry.get("lines")).intValue()).as("lines of %s", what).isEqualTo(1);
            assertThat(((Number) entry.get("left")).doubleValue()).as("left of %s", what).isGreaterThanOrEqualTo(0);
            assertThat(((Number) entry.get("right")).doubleValue()).as("right of %s", what).isLessThanOrEqualTo(width);
            // one row: no entry wrapped below the others
            assertThat(((Number) entry.get("top")).doubleValue()).as("top of %s", what).isBetween(top - 12, top + 12);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertDropdownInside(Page page, String where) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.evaluate(OPEN_MENU_ITEMS);
        assertThat(items).as(where).isNotEmpty();
        for (Map<String, Object> item : items) {
            String what = item.get("text") + ", " + where;
            assertThat(((Number) item.get("left")).doubleValue()).as("left of %s", what).isGreaterThanOrEqualTo(0);
            assertThat(((Number) item.get("right")).doubleValue()).as("right of %s", what)
                    .isLessThanOrEqualTo(((Number) item.get("width")).doubleValue());
        }
    }
}
