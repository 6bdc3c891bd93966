package pl.koordynator.es.shared.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees after following a broken or over-long link: the Polish 400 page, both the
 * application's (a query that does not decode) and the one Tomcat's valve writes (a request line
 * over the limit, a broken escape in the path), accessible (axe-core, WCAG 2.1 AA) and fitting a
 * 360 px phone.
 */
class BadRequestPagesE2eTest extends BrowserTest {

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 360})
    void brokenAndOverLongLinksShowThePolishBadRequestPage(int width) {
        try (BrowserContext context = browsers.newContext(width, 800)) {
            Page page = context.newPage();
            visitBroken(page, "/organisations?q=%ZZ", "bad-query-" + width);
            visitBroken(page, "/organisations?q=" + "spoldzielnia".repeat(1700), "over-long-" + width);
            visitBroken(page, "/events/%ZZ", "bad-path-" + width);
        }
    }

    private void visitBroken(Page page, String target, String screenshot) {
        Response response = page.navigate(baseUrl() + target);
        assertThat(response.status()).as(screenshot).isEqualTo(400);
        assertThat(page.locator("html")).hasAttribute("lang", "pl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nieprawidłowe żądanie");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wróć na stronę główną")))
                .hasAttribute("href", "/");
        Browsers.check(page, screenshot);
    }
}
