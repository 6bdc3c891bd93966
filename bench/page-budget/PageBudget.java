import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page budgets of issue 17, as a new visitor on a slow mobile connection feels them: Debian's
 * Chromium through Playwright, 360 px wide, slow 4G (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up,
 * CPU not throttled). For every main page: bytes on a first visit (empty cache), bytes on a repeat
 * visit (same browser context), largest contentful paint and cumulative layout shift of the first
 * visit; the median of RUNS loads each. Prints one Markdown table; exits with 1 when a page is over
 * budget.
 *
 * Arguments: base URL, the demo accounts' password. Environment: BENCH_RUNS (default 5), CHROMIUM_PATH.
 */
public class PageBudget {

    static final double FIRST_KIB = 150, REPEAT_KIB = 25, LCP_SECONDS = 2.5, CLS = 0.1;

    record Target(String name, String path, String account) {
    }

    record Load(double firstBytes, double repeatBytes, double lcpMs, double cls) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "5"));
        Path chromium = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            List<Target> targets = targets(browser, base);
            StringBuilder table = new StringBuilder();
            table.append("| page | address | first visit KiB (≤ 150) | repeat visit KiB (≤ 25) | LCP s (≤ 2.5) | CLS (≤ 0.1) | |\n");
            table.append("|---|---|---:|---:|---:|---:|---|\n");
            boolean allMet = true;
            for (Target target : targets) {
                List<Load> loads = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    loads.add(load(browser, base, target, password));
                }
                double first = median(loads, Load::firstBytes) / 1024;
                double repeat = median(loads, Load::repeatBytes) / 1024;
                double lcp = median(loads, Load::lcpMs) / 1000;
                double cls = median(loads, Load::cls);
                List<String> over = new ArrayList<>();
                if (first > FIRST_KIB) over.add("first visit");
                if (repeat > REPEAT_KIB) over.add("repeat visit");
                if (lcp > LCP_SECONDS) over.add("LCP");
                if (cls > CLS) over.add("CLS");
                allMet &= over.isEmpty();
                table.append(String.format(java.util.Locale.ROOT, "| %s | `%s` | %.1f | %.1f | %.2f | %.3f | %s |%n",
                        target.name(), target.path(), first, repeat, lcp, cls,
                        over.isEmpty() ? "met" : "**over: " + String.join(", ", over) + "**"));
                System.err.printf("%s done%n", target.name());
            }
            System.out.print(table);
            browser.close();
            System.exit(allMet ? 0 : 1);
        }
    }

    /** The pages of the issue; the ids of an organisation, a gmina and an event come from the demo data. */
    static List<Target> targets(Browser browser, String base) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String organisation = firstLink(page, base + "/organisations", "/organisations/\\d+");
            String gmina = firstLink(page, base + "/map", "/map/gmina/\\d+");
            String event = firstLink(page, base + "/events", "/events/\\d+");
            String offer = firstLink(page, base + "/katalog", "/katalog/oferty/\\d+");
            List<Target> targets = new ArrayList<>(List.of(
                    new Target("home", "/", null),
                    new Target("register list", "/organisations", null),
                    new Target("organisation card", organisation, null),
                    new Target("map", "/map", null),
                    new Target("gmina profile", gmina, null),
                    new Target("events list", "/events", null),
                    new Target("event page", event, null),
                    new Target("catalogue", "/katalog", null),
                    new Target("offer page", offer, null),
                    new Target("social clauses", "/klauzule-spoleczne", null),
                    new Target("procurements", "/zamowienia", "demo.partner"),
                    new Target("opportunities", "/zamowienia/okazje", "demo.pes"),
                    new Target("local plans", "/plany-lokalne", "demo.partner"),
                    new Target("local plan coverage", "/plany-lokalne/pokrycie", null),
                    new Target("login", "/login", null)));
            for (String[] role : new String[][] {{"ADMIN", "demo.rops"}, {"OWES", "demo.owes"}, {"PES", "demo.pes"},
                    {"PARTNER", "demo.partner"}, {"COMMITTEE", "demo.komitet"}}) {
                targets.add(new Target("dashboard " + role[0], "/panel", role[1]));
            }
            return targets;
        }
    }

    static String firstLink(Page page, String url, String pattern) {
        page.navigate(url);
        Matcher matcher = Pattern.compile("href=\"(" + pattern + ")\"").matcher(page.content());
        if (!matcher.find()) {
            throw new IllegalStateException("no link " + pattern + " on " + url);
        }
        return matcher.group(1);
    }

    /** One first visit with an empty cache and one repeat visit in the same context. */
    static Load load(Browser browser, String base, Target target, String password) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                .setLocale("pl-PL"))) {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Network.enable");
            if (target.account() != null) {
                page.navigate(base + "/login");
                page.fill("#username", target.account());
                page.fill("#password", password);
                page.click("form [type=submit]");
                page.waitForLoadState(LoadState.NETWORKIDLE);
                // signed in, but the files the sign-in page brought must not count as cached
                cdp.send("Network.clearBrowserCache");
            }
            JsonObject conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", 150);
            conditions.addProperty("downloadThroughput", 1_600_000 / 8);
            conditions.addProperty("uploadThroughput", 750_000 / 8);
            cdp.send("Network.emulateNetworkConditions", conditions);
            DoubleAdder bytes = new DoubleAdder();
            // encodedDataLength of loadingFinished: every byte received for the request, headers included
            cdp.on("Network.loadingFinished", event -> bytes.add(event.get("encodedDataLength").getAsDouble()));

            page.navigate(base + target.path());
            page.waitForLoadState(LoadState.NETWORKIDLE);
            double[] vitals = vitals(page);
            double first = bytes.sumThenReset();

            page.navigate(base + target.path());
            page.waitForLoadState(LoadState.NETWORKIDLE);
            double repeat = bytes.sumThenReset();
            cdp.detach();
            return new Load(first, repeat, vitals[0], vitals[1]);
        }
    }

    static double[] vitals(Page page) {
        Object result = page.evaluate("""
                () => new Promise(resolve => {
                  let lcp = 0, cls = 0;
                  new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = e.startTime; })
                      .observe({type: 'largest-contentful-paint', buffered: true});
                  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value; })
                      .observe({type: 'layout-shift', buffered: true});
                  setTimeout(() => resolve([lcp, cls]), 200);
                })""");
        List<?> values = (List<?>) result;
        return new double[] {((Number) values.get(0)).doubleValue(), ((Number) values.get(1)).doubleValue()};
    }

    /** The median of one measure over the loads of a page. */
    static double median(List<Load> loads, java.util.function.Function<Load, Double> measure) {
        double[] values = new double[loads.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = measure.apply(loads.get(i));
        }
        return median(values);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
