package pl.koordynator.es.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SignedInClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main menu of each role, built from the modules' entries and the URL rules: each role gets
 * the links it needs, every link it gets opens (never 403 or the sign-in page), and the page
 * being shown is marked in the menu.
 */
class NavigationTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("<a class=\"(?:nav-link|dropdown-item)[^\"]*\"\\s+href=\"([^\"]*)\"");

    private static final Set<String> PUBLIC = Set.of("/organisations", "/map", "/needs", "/events", "/networks",
            "/networks/graph", "/programme/progress", "/komitet", "/stanowiska", "/katalog", "/aktualnosci", "/kampanie",
            "/klauzule-spoleczne", "/plany-lokalne/pokrycie", "/reintegracja/wolne-miejsca");
    private static final Set<String> ADMINISTRATION = Set.of("/admin/territory", "/admin/statistics",
            "/admin/map/weights", "/admin/reporting/templates", "/admin/programme/settings", "/admin/users",
            "/admin/notifications", "/admin/audit", "/admin/personal-data");

    @Autowired
    private NeedsFixtures fixtures;

    @Autowired
    private Navigation navigation;

    static Stream<Arguments> callers() {
        List<Arguments> callers = new ArrayList<>();
        callers.add(Arguments.of((Role) null));
        for (Role role : Role.values()) {
            callers.add(Arguments.of(role));
        }
        return callers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void everyRoleGetsTheLinksItNeedsAndEachOfThemOpens(Role role) throws Exception {
        RequestPostProcessor caller = signedIn(role);
        Set<String> links = menuLinks(role == null ? "/" : "/panel", caller);

        assertThat(links).containsExactlyInAnyOrderElementsOf(expected(role));
        for (String link : links) {
            var request = get(link);
            if (caller != null) {
                request.with(caller);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String redirect = response.getRedirectedUrl();
            assertThat(response.getStatus()).as("%s as %s", link, role).isNotIn(401, 403).isLessThan(500);
            assertThat(redirect == null || !redirect.contains("/login")).as("%s as %s went to %s", link, role, redirect)
                    .isTrue();
        }
    }

    private static Set<String> expected(Role role) {
        Set<String> links = new LinkedHashSet<>(PUBLIC);
        if (role == null) {
            links.add("/login");
            return links;
        }
        links.addAll(List.of("/panel", "/profile", "/networks/ties", "/networks/offers"));
        links.addAll(List.of("/zamowienia", "/zadania-publiczne"));
        links.add("/plany-lokalne");
        links.addAll(List.of("/reintegracja/statystyki", "/reintegracja/wspolpraca"));
        switch (role) {
            case ADMIN -> {
                links.addAll(List.of("/reporting", "/reporting/summary", "/support", "/events/plan", "/programme",
                        "/admin/programme/approvals"));
                links.addAll(List.of("/admin/committee", "/admin/committee/positions"));
                links.addAll(List.of("/oferty", "/oferty/do-akceptacji", "/zapytania/statystyki", "/kapitula",
                        "/admin/catalogue/kapitula", "/admin/catalogue/aktualnosci", "/admin/catalogue/kampanie"));
                links.addAll(List.of("/reintegracja/miejsca", "/admin/reintegracja/odczyty"));
                links.addAll(ADMINISTRATION);
            }
            case OWES -> {
                links.addAll(List.of("/reporting", "/reporting/summary", "/support", "/events/plan", "/programme"));
                links.addAll(List.of("/oferty", "/oferty/do-akceptacji", "/znak", "/zamowienia/okazje"));
            }
            case PES -> {
                links.addAll(List.of("/support", "/oferty", "/zapytania", "/znak", "/zamowienia/okazje"));
                links.addAll(List.of("/reintegracja", "/reintegracja/miejsca"));
            }
            case PARTNER -> links.add("/reintegracja");
            case COMMITTEE -> links.addAll(List.of("/reporting/summary", "/events/plan", "/programme", "/committee"));
        }
        return links;
    }

    @Test
    void anOwesAccountOfNoOpenOwesIsNotOfferedReportsOrSupportItCannotOpen() throws Exception {
        RequestPostProcessor owes = user(users.principal(users.create("owes-alone-" + System.nanoTime(), Role.OWES)));

        Set<String> links = menuLinks("/panel", owes);

        assertThat(links).contains("/reporting/summary", "/events/plan").doesNotContain("/reporting", "/support");
        assertThat(mvc.perform(get("/reporting").with(owes)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theEntryWithTheLongestPathPrefixIsCurrentAndItsGroupIsMarked() throws Exception {
        RequestPostProcessor owes = signedIn(Role.OWES);

        String coverage = page("/events/plan/coverage", owes);
        assertThat(coverage).contains("href=\"/events/plan\" aria-current=\"page\"")
                .doesNotContain("href=\"/events\" aria-current")
                .containsPattern("id=\"menu-owes-support\" aria-current=\"true\"")
                .doesNotContain("id=\"menu-register\" aria-current");

        String summary = page("/reporting/summary", owes);
        assertThat(summary).contains("href=\"/reporting/summary\" aria-current=\"page\"")
                .doesNotContain("href=\"/reporting\" aria-current");

        assertThat(page("/events", owes)).contains("href=\"/events\" aria-current=\"page\"")
                .doesNotContain("href=\"/events/plan\" aria-current");

        RequestPostProcessor admin = signedIn(Role.ADMIN);
        assertThat(page("/admin/users/new", admin)).contains("href=\"/admin/users\" aria-current=\"page\"")
                .containsPattern("id=\"menu-administration\" aria-current=\"true\"");
        assertThat(page("/profile", admin)).contains("href=\"/profile\" aria-current=\"page\"")
                .containsPattern("id=\"user-menu\" aria-current=\"true\"");
    }

    @Test
    void aGroupWithOneEntryIsAPlainLinkAndAnEmptyGroupIsNotShown() throws Exception {
        String partner = page("/organisations", signedIn(Role.PARTNER));

        // the dashboard group has one entry: a link, no dropdown
        assertThat(partner).contains("<a class=\"nav-link\" href=\"/panel\">Pulpit</a>")
                .doesNotContain("id=\"menu-dashboard\"")
                .doesNotContain("id=\"menu-owes-support\"", "id=\"menu-administration\"")
                .contains("id=\"menu-events\"")
                .contains("id=\"menu-register\"");
    }

    @Test
    void theErrorPageOfAPathShowsTheMenuOfTheCaller() throws Exception {
        UserView admin = users.create("admin-" + System.nanoTime(), Role.ADMIN);
        var client = new SignedInClient("http://localhost:" + port, admin.username());

        var notFound = client.get("/organisations/999999");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("href=\"/organisations\" aria-current=\"page\"", "href=\"/admin/users\"");
    }

    @Test
    void currentIsTheLongestPrefixOfWholeSegments() {
        List<MenuEntry> entries = List.of(new MenuEntry(MenuGroup.EVENTS, 1, "k", "/events"),
                new MenuEntry(MenuGroup.OWES_SUPPORT, 1, "k", "/events/plan"),
                new MenuEntry(MenuGroup.REGISTER, 1, "k", "/map"));

        assertThat(Navigation.current(entries, "/events/plan/coverage")).isEqualTo("/events/plan");
        assertThat(Navigation.current(entries, "/events/7")).isEqualTo("/events");
        assertThat(Navigation.current(entries, "/events.ics")).isNull();
        assertThat(Navigation.current(entries, "/mapping")).isNull();
        assertThat(Navigation.current(entries, "/")).isNull();
    }

    /**
     * The menu is built on every page render: ROPS's menu (the longest, 17 entries) costs a few
     * tens of microseconds once the URL rules' answers are remembered; asking Spring Security for
     * every entry on every page cost about 3 ms, and a query per entry would cost more.
     */
    @Test
    void buildingTheMenuIsCheap() {
        UserView admin = users.create("admin-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/users");
            for (int i = 0; i < 200; i++) {
                navigation.menu(request, Locale.forLanguageTag("pl"));
            }
            // CPU time of this thread: the wall clock on a shared 2-core machine measures the neighbours
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int runs = 2000;
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                navigation.menu(request, Locale.forLanguageTag("pl"));
            }
            double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / runs;
            System.out.printf("NavigationTest: one ADMIN menu in %.1f µs of CPU%n", micros);
            assertThat(micros).isLessThan(1000);
            assertThat(navigation.menu(request, Locale.forLanguageTag("pl")).groups()).hasSize(7);
        } finally {
            users.signOut();
        }
    }

    private RequestPostProcessor signedIn(Role role) {
        if (role == null) {
            return null;
        }
        UserView account = switch (role) {
            case OWES -> fixtures.member(role, fixtures.organisation("OWES Pomorze " + System.nanoTime(), Kind.OWES,
                    NeedsFixtures.GDYNIA));
            case PES -> fixtures.member(role, fixtures.organisation("Spółdzielnia Socjalna " + System.nanoTime(),
                    Kind.SOCIAL_COOPERATIVE, NeedsFixtures.GDANSK));
            case PARTNER -> fixtures.member(role, fixtures.organisation("Gmina " + System.nanoTime(), Kind.JST,
                    NeedsFixtures.GDANSK));
            default -> users.create(role.name().toLowerCase() + "-" + System.nanoTime(), role);
        };
        return user(users.principal(account));
    }

    private Set<String> menuLinks(String path, RequestPostProcessor caller) throws Exception {
        String html = page(path, caller);
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = LINK.matcher(nav);
        while (matcher.find()) {
            if (!matcher.group(1).contains("lang=")) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    private String page(String path, RequestPostProcessor caller) throws Exception {
        var request = get(path);
        if (caller != null) {
            request.with(caller);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
