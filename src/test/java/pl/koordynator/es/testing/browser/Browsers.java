package pl.koordynator.es.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright (never a browser Playwright would download), with the
 * checks every browser test makes: axe-core at WCAG 2.1 AA, no horizontal scroll, screenshots.
 * <p>
 * {@link #start()} skips the calling test when no Chromium is installed, unless the environment
 * variable {@code E2E_REQUIRED} is set (CI sets it): then a missing Chromium is a failure.
 * The executable is {@code /usr/bin/chromium} or {@code CHROMIUM_PATH}.
 */
public final class Browsers implements AutoCloseable {

    public static final Path DEFAULT_CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Path executable) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    private static Browsers shared;

    /**
     * The run's one Chromium, started on first use and closed when the JVM exits; skips the
     * calling test as {@link #start()} does.
     */
    public static synchronized Browsers shared() {
        if (shared == null) {
            shared = start();
            Browsers browsers = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    browsers.close();
                } catch (RuntimeException alreadyGone) {
                    // the driver may have gone first at exit; Chromium goes with it
                }
            }, "close-chromium"));
        }
        return shared;
    }

    /** Closes every context still open, so that one test class's pages do not outlive it. */
    public void closeContexts() {
        for (BrowserContext context : List.copyOf(browser.contexts())) {
            context.close();
        }
    }

    /** Starts Chromium; skips the calling test when it is missing and E2E_REQUIRED is unset. */
    public static Browsers start() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path executable = configured != null && !configured.isBlank() ? Paths.get(configured) : DEFAULT_CHROMIUM;
        boolean chromiumFound = Files.isExecutable(executable);
        boolean e2eRequired = System.getenv("E2E_REQUIRED") != null;
        Assumptions.assumeTrue(chromiumFound || e2eRequired, "No Chromium at " + executable
                + "; install Debian's chromium or set E2E_REQUIRED=1 to fail instead");
        assertThat(chromiumFound)
                .as("E2E_REQUIRED is set but there is no Chromium at %s (apt-get install -y chromium)", executable)
                .isTrue();
        return new Browsers(executable);
    }

    public Browser browser() {
        return browser;
    }

    /**
     * A fresh context (own cookies, own session) with the given viewport and a Polish browser
     * (pl-PL: date inputs read dd.mm.rrrr, as for our users); waits give up after 10 s instead of
     * Playwright's 30 s, as every page here renders locally.
     */
    public BrowserContext newContext(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale("pl-PL").setTimezoneId("Europe/Warsaw"));
        context.setDefaultTimeout(10_000);
        return context;
    }

    /**
     * Runs axe-core on the page and fails with a readable list of every WCAG 2.1 AA violation.
     * Only violations come back (the passes of a map or a graph page are megabytes of JSON), and
     * axe runs in the page itself rather than in per-frame parts finished in an extra tab: the
     * pages have no frames, and this halves the time of a check on two cores.
     */
    public static void assertAccessible(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core violations on %s:%n%s", page.url(), describe(violations)).isEmpty();
    }

    /** Fails when the page is wider than its viewport, i.e. when it would scroll sideways. */
    public static void assertNoHorizontalScroll(Page page) {
        int viewport = page.viewportSize().width;
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as("document width of %s at a %d px viewport", page.url(), viewport)
                .isLessThanOrEqualTo(viewport);
    }

    /** Signs in through the login form and waits for the dashboard. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/panel$"));
    }

    /** Opens a page, expects it to answer 200 with the heading, and checks it as {@link #check} does. */
    public static void visit(Page page, String baseUrl, String path, String heading, String screenshot) {
        Response response = page.navigate(baseUrl + path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(heading);
        check(page, screenshot);
    }

    /** Saves a screenshot, then checks the page: no sideways scrolling on a phone, no axe violations. */
    public static void check(Page page, String screenshot) {
        screenshot(page, screenshot);
        if (page.viewportSize().width <= 360) {
            assertNoHorizontalScroll(page);
        }
        assertAccessible(page);
    }

    /** Full-page PNG in target/screenshots/{name}.png. */
    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        } catch (com.microsoft.playwright.PlaywrightException busy) {
            // Chromium now and then refuses a full-page capture on a loaded 2-core machine; the
            // screenshot is for people to look at, the checks that follow do not depend on it
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        }
        return file;
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream()
                        .map(node -> "    at " + node.getTarget() + (node.getFailureSummary() == null ? ""
                                : ": " + node.getFailureSummary().replace("\n", " ")))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
