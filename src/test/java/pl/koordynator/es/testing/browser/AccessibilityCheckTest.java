package pl.koordynator.es.testing.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The axe-core check every browser test relies on still bites with the faster options it runs
 * with (violations only, run in the page): a page with known WCAG 2.1 AA faults fails it, naming
 * each rule, and the same page fixed passes.
 */
class AccessibilityCheckTest {

    private static final String FAULTY = """
            <!DOCTYPE html><html lang="pl"><head><title>Próba</title></head><body><main>
            <h1>Próba</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <p style="color:#aaa;background:#fff">Tekst o zbyt słabym kontraście</p>
            <label>Nazwa</label><input type="text" id="name">
            </main></body></html>""";

    private static final String FIXED = """
            <!DOCTYPE html><html lang="pl"><head><title>Próba</title></head><body><main>
            <h1>Próba</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Logo">
            <p style="color:#333;background:#fff">Tekst o dobrym kontraście</p>
            <label for="name">Nazwa</label><input type="text" id="name">
            </main></body></html>""";

    @Test
    void pagesWithKnownFaultsFailTheCheckAndTheFixedPagePasses() {
        Browsers browsers = Browsers.shared();
        try (BrowserContext context = browsers.newContext(1280, 800)) {
            Page page = context.newPage();
            page.setContent(FAULTY);
            assertThatThrownBy(() -> Browsers.assertAccessible(page))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("color-contrast")
                    .hasMessageContaining("label");

            page.setContent(FIXED);
            assertThatCode(() -> Browsers.assertAccessible(page)).doesNotThrowAnyException();
        }
    }
}
