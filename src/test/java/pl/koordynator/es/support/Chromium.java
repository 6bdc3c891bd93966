package pl.koordynator.es.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright, never a browser Playwright would download. Browser
 * tests skip only when no Chromium is installed and {@code E2E_REQUIRED} is unset; CI sets it.
 */
public final class Chromium implements AutoCloseable {

    private static final Path DEFAULT_PATH = Path.of("/usr/bin/chromium");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Path executable) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Starts Chromium, or skips the calling test with the reason when it may. */
    public static Chromium startOrSkip() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path executable = configured != null ? Path.of(configured) : DEFAULT_PATH;
        boolean found = Files.isExecutable(executable);
        boolean required = System.getenv("E2E_REQUIRED") != null;
        if (!found && required) {
            throw new IllegalStateException("E2E_REQUIRED is set but no Chromium is at " + executable
                    + "; install Debian's chromium (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(found, "Browser tests skipped: no Chromium at " + executable
                + "; install Debian's chromium, or set E2E_REQUIRED=1 to make this a failure");
        return new Chromium(executable);
    }

    public Browser browser() {
        return browser;
    }

    /** Runs axe-core on the page and fails with a readable list of every WCAG 2.1 AA violation. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", page.url(), violations).isEmpty();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
