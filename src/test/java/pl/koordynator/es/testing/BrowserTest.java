package pl.koordynator.es.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import pl.koordynator.es.testing.browser.Browsers;

/**
 * Base of the browser tests: one headless Chromium for the whole run, started before the first
 * browser test (after the data cleanup of {@link IntegrationTest}) and closed when the JVM exits;
 * each class gets its own contexts (cookies, sessions), and whatever it left open is closed after
 * its last test. Starting Playwright's driver and Chromium costs seconds a class on two cores.
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static Browsers browsers;

    @BeforeEach
    void startBrowserOnce() {
        if (browsers == null) {
            browsers = Browsers.shared();
        }
    }

    @AfterAll
    static void closeContextsOfTheClass() {
        if (browsers != null) {
            browsers.closeContexts();
        }
    }
}
