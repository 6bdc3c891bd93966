package pl.koordynator.es.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import pl.koordynator.es.testing.browser.Browsers;

/**
 * Base of the browser tests: one headless Chromium per test class, started before its first
 * test (after the data cleanup of {@link IntegrationTest}) and closed after its last.
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static Browsers browsers;

    @BeforeEach
    void startBrowserOnce() {
        if (browsers == null) {
            browsers = Browsers.start();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browsers != null) {
            browsers.close();
            browsers = null;
        }
    }
}
