package pl.koordynator.es.web;

import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.localplans.LocalPlansFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.testing.HtmlChecker;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main pages, filled with the demo data set, are valid HTML for the Nu HTML Checker: what
 * browsers and assistive technologies read is what the page means, not their error recovery.
 */
class ValidHtmlTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void forgetTheDemoData() {
        jdbc.sql("delete from demo_data_set").update();
    }

    @Test
    void theCheckerFindsWhatItMust() {
        List<String> errors = HtmlChecker.get().errors("""
                <!DOCTYPE html><html lang="pl"><head><title>t</title></head><body>
                <div aria-labelledby="h" hx-get="/x"><h2 id="h">Nagłówek</h2></div></body></html>""");

        assertThat(errors).anyMatch(e -> e.contains("“hx-get” not allowed"))
                .anyMatch(e -> e.contains("“aria-labelledby” attribute must not be specified on any “div”"));
        assertThat(HtmlChecker.get().errors("""
                <!DOCTYPE html><html lang="pl"><head><title>t</title></head><body>
                <div data-hx-get="/x"><h2>Nagłówek</h2></div></body></html>""")).isEmpty();
    }

    @Test
    void theMainPagesWithTheDemoDataAreValidHtml() throws Exception {
        loadDemoData();
        long pes = id("select id from organisation where kind = 'SOCIAL_COOPERATIVE' and status = 'ACTIVE' order by id");
        long owes = id("select id from organisation where kind = 'OWES' order by id");
        long partner = id("select id from organisation where kind = 'JST' order by id");
        long supported = id("select organisation_id from support_record order by id");
        long event = id("select id from event where status = 'PUBLISHED' and starts_at > now() order by starts_at");
        long pastEvent = id("select id from event where status = 'PUBLISHED' and starts_at < now() order by starts_at desc");
        long need = id("select id from reported_need where status = 'PUBLISHED' order by id");
        long report = id("select id from owes_report where status = 'SUBMITTED' order by id");
        long supportRecord = id("select id from support_record order by id");
        long subregion = id("select id from subregion order by id");
        long account = id("select id from user_account where username = 'admin'");
        long network = id("select id from network where public_network order by id");
        long offer = id("select id from cooperation_offer order by id");
        long committeeMember = id("select id from committee_member where user_id is not null order by id");
        String gmina = jdbc.sql("select gmina_teryt from organisation where id = :id").param("id", pes)
                .query(String.class).single();

        Map<String, RequestPostProcessor> who = new LinkedHashMap<>();
        who.put("visitor", anonymous());
        who.put("ADMIN", as(Role.ADMIN, null));
        who.put("OWES", as(Role.OWES, owes));
        who.put("PES", as(Role.PES, pes));
        who.put("PARTNER", as(Role.PARTNER, partner));
        who.put("COMMITTEE", as(Role.COMMITTEE, null));

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("visitor", List.of("/", "/deklaracja-dostepnosci", "/login", "/organisations", "/organisations/" + pes,
                "/map", "/map/gmina/" + gmina, "/map/powiat/" + gmina.substring(0, 4), "/map/priority",
                "/map/methodology", "/needs", "/needs/" + need, "/events", "/events/calendar", "/events/" + event,
                "/networks", "/networks/" + network, "/networks/graph"));
        pages.put("ADMIN", List.of("/panel", "/profile", "/organisations", "/organisations/" + supported,
                "/organisations/new", "/organisations/" + pes + "/edit", "/organisations/import", "/needs",
                "/needs/" + need, "/events/new", "/events/" + event + "/edit", "/events/" + event + "/participants",
                "/events/" + pastEvent + "/evaluation", "/events/plan", "/events/plan/coverage", "/reporting",
                "/reporting/reports/" + report, "/reporting/summary", "/support", "/support/new",
                "/support/" + supportRecord + "/edit", "/support/pes/" + supported, "/admin/users", "/admin/users/new",
                "/admin/users/" + account, "/admin/audit", "/admin/personal-data", "/admin/notifications",
                "/admin/territory", "/admin/territory/subregions", "/admin/territory/subregions/" + subregion,
                "/admin/statistics", "/admin/statistics/import", "/admin/reporting/templates",
                "/admin/reporting/templates/OWES_QUARTERLY", "/admin/map/weights", "/networks", "/networks/" + network,
                "/networks/graph", "/networks/ties", "/networks/ties/new", "/networks/offers", "/networks/offers/new",
                "/networks/offers/" + offer, "/admin/networks/new", "/admin/networks/" + network + "/edit",
                "/admin/committee", "/admin/committee/terms/new", "/admin/committee/meetings", "/admin/committee/documents",
                "/admin/committee/positions", "/admin/committee/positions/new", "/admin/committee/settings",
                "/admin/committee/members/" + committeeMember + "/edit"));
        pages.put("OWES", List.of("/panel", "/reporting", "/reporting/summary", "/support", "/support/new",
                "/events/plan", "/needs/new"));
        pages.put("PES", List.of("/panel", "/profile", "/organisations/" + pes, "/support/pes/" + pes, "/needs/new",
                "/networks/ties", "/networks/offers"));
        pages.put("PARTNER", List.of("/panel", "/needs/new"));
        pages.put("COMMITTEE", List.of("/panel", "/reporting/summary", "/events/plan", "/committee"));

        // the committee's public register: a held meeting, an adopted document, a position of the sector
        long committeeMeeting = id("select id from committee_meeting where status = 'HELD' order by starts_at desc");
        long committeeDocument = id("select id from committee_document where status = 'ADOPTED' order by id");
        long sectorPosition = id("select id from sector_position order by id");
        pages.merge("visitor", List.of("/komitet", "/komitet/kadencje", "/komitet/posiedzenia",
                "/komitet/posiedzenia/" + committeeMeeting, "/komitet/dokumenty", "/komitet/dokumenty/" + committeeDocument,
                "/stanowiska", "/stanowiska/" + sectorPosition), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());

        // the catalogue: public search, an offer, the mark, the widget, news and campaigns; ROPS's and a PES's pages
        long catalogueOffer = id("select id from catalogue_offer where status = 'PUBLISHED' order by id");
        long markApplicationPes = id("select organisation_id from catalogue_offer where status = 'PUBLISHED' order by id");
        long news = id("select id from catalogue_news where status = 'PUBLISHED' and publish_at < now() order by id");
        long campaign = id("select id from catalogue_campaign where status = 'PUBLISHED' order by id");
        java.util.function.BinaryOperator<List<String>> both = (a, b) -> java.util.stream.Stream.concat(a.stream(),
                b.stream()).toList();
        pages.merge("visitor", List.of("/katalog", "/katalog?q=sprzatanie+gdansk", "/katalog/oferty/" + catalogueOffer,
                "/katalog/mapa", "/katalog/znak", "/katalog/widzet", "/katalog/widzet/instrukcja", "/aktualnosci",
                "/aktualnosci/" + news, "/kampanie", "/kampanie/" + campaign), both);
        pages.merge("ADMIN", List.of("/oferty", "/oferty/nowa", "/oferty/" + catalogueOffer,
                "/oferty/" + catalogueOffer + "/edytuj", "/oferty/do-akceptacji", "/zapytania/statystyki", "/kapitula",
                "/admin/catalogue/kapitula", "/admin/catalogue/aktualnosci", "/admin/catalogue/aktualnosci/nowa",
                "/admin/catalogue/aktualnosci/" + news, "/admin/catalogue/kampanie", "/admin/catalogue/kampanie/nowa",
                "/admin/catalogue/kampanie/" + campaign), both);
        // social clauses: the region's measures and a JST's history
        pages.merge("visitor", List.of("/klauzule-spoleczne", "/klauzule-spoleczne?sort=share&dir=asc",
                "/klauzule-spoleczne/" + partner), both);
        // local plans: the coverage of the region, filtered too
        pages.merge("visitor", List.of("/plany-lokalne/pokrycie", "/plany-lokalne/pokrycie?status=NONE&powiat=2201"),
                both);
        pages.merge("ADMIN", List.of("/plany-lokalne/pokrycie"), both);
        // public services: procurements (one with clauses and an awarded lot), public tasks, a buyer's card
        long procurement = id("select procurement_id from publicservices_lot where result = 'AWARDED' and has_clause "
                + "order by procurement_id");
        long publicTask = id("select id from publicservices_public_task where winner_id is not null order by id");
        long buyer = id("select buyer_id from publicservices_procurement order by id");
        pages.merge("ADMIN", List.of("/zamowienia", "/zamowienia?withClauses=true&year=" + RegionDate.today().getYear(),
                "/zamowienia/" + procurement, "/zamowienia/nowe", "/zamowienia/" + procurement + "/edycja",
                "/zamowienia/import", "/zadania-publiczne", "/zadania-publiczne/" + publicTask, "/zadania-publiczne/nowe",
                "/zadania-publiczne/" + publicTask + "/edycja", "/organisations/" + buyer), both);
        // matching: ROPS's matches of a procurement open for bids; "Okazje dla mnie" of the PES demo.pes acts for
        long openProcurement = id("select id from publicservices_procurement where bid_deadline >= '"
                + RegionDate.today() + "' order by id");
        long demoPes = id("select organisation_id from user_account where username = 'demo.pes'");
        pages.merge("ADMIN", List.of("/zamowienia/" + openProcurement + "/dopasowania"), both);
        who.put("demo.pes", as(Role.PES, demoPes));
        pages.put("demo.pes", List.of("/zamowienia/okazje"));
        assertThat(mvc.perform(get("/zamowienia/okazje").with(who.get("demo.pes"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("the demo PES has matches among the open procurements")
                .contains("id=\"opportunity-PROCUREMENT-");
        who.put("PES with offers", as(Role.PES, markApplicationPes));
        pages.put("PES with offers", List.of("/oferty", "/oferty/nowa", "/zapytania", "/znak", "/znak/nowy"));

        // local plans: the list, a plan (of the demo data, else one made here) and its form, new and editing
        long localPlan = jdbc.sql("select id from localplans_plan order by id limit 1").query(Long.class).optional()
                .orElseGet(() -> context.getBean(LocalPlansFixtures.class).plan(LocalPlansFixtures.input(
                        jdbc.sql("select gmina_teryt from organisation where id = :id").param("id", partner)
                                .query(String.class).single(), partner, owes)).id());
        pages.merge("ADMIN", List.of("/plany-lokalne", "/plany-lokalne?status=IN_PREPARATION",
                "/plany-lokalne/" + localPlan, "/plany-lokalne/nowy", "/plany-lokalne/" + localPlan + "/edycja"), both);
        pages.merge("PARTNER", List.of("/plany-lokalne/nowy"), both);

        // reintegration: the referrals of demo.ops (an OPS) and demo.cis (a CIS), a referral of theirs in follow-up
        // and one just sent, the new referral form, the CIS's places, the public free places, ROPS's read log
        UserAccounts accounts = context.getBean(UserAccounts.class);
        UserView demoOps = accounts.find(id("select id from user_account where username = 'demo.ops'")).orElseThrow();
        UserView demoCis = accounts.find(id("select id from user_account where username = 'demo.cis'")).orElseThrow();
        long followUp = id("select id from reintegration_referral where state = 'FOLLOW_UP' and sender_id = "
                + demoOps.organisationId() + " and receiver_id = " + demoCis.organisationId() + " order by id");
        long sent = id("select id from reintegration_referral where state = 'SENT' and sender_id = "
                + demoOps.organisationId() + " and receiver_id = " + demoCis.organisationId() + " order by id");
        who.put("demo.ops", user(users.principal(demoOps)));
        who.put("demo.cis", user(users.principal(demoCis)));
        pages.put("demo.ops", List.of("/reintegracja", "/reintegracja/" + sent, "/reintegracja/" + followUp,
                "/reintegracja/nowe"));
        pages.put("demo.cis", List.of("/reintegracja", "/reintegracja/" + sent, "/reintegracja/" + followUp,
                "/reintegracja/miejsca/" + demoCis.organisationId()));
        pages.merge("visitor", List.of("/reintegracja/wolne-miejsca"), both);
        pages.merge("ADMIN", List.of("/reintegracja", "/reintegracja/miejsca", "/admin/reintegracja/odczyty",
                "/reintegracja/statystyki", "/reintegracja/statystyki?year=" + (RegionDate.today().getYear() - 1)
                        + "&level=powiat", "/reintegracja/wspolpraca"), both);
        pages.merge("OWES", List.of("/reintegracja/statystyki?level=subregion"), both);
        pages.merge("COMMITTEE", List.of("/reintegracja/wspolpraca"), both);

        HtmlChecker checker = HtmlChecker.get();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var role : pages.entrySet()) {
            for (String page : role.getValue()) {
                MvcResult result = mvc.perform(get(page).with(who.get(role.getKey()))).andReturn();
                String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                if (result.getResponse().getStatus() != 200) {
                    problems.add(page + " (" + role.getKey() + "): status " + result.getResponse().getStatus());
                    continue;
                }
                problems.addAll(grouped(page + " (" + role.getKey() + ")", checker.errors(html)));
                checked++;
            }
        }
        assertThat(problems).as("the Nu HTML Checker's errors in %d pages", checked).isEmpty();
    }

    /** One line per page and message, with the lines it occurs on: a table repeats its error in every row. */
    private static List<String> grouped(String page, List<String> errors) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String error : errors) {
            int colon = error.indexOf(": ");
            lines.computeIfAbsent(error.substring(colon + 2), message -> new ArrayList<>())
                    .add(error.substring(0, colon).replace("line ", ""));
        }
        return lines.entrySet().stream()
                .map(e -> page + " line " + String.join(", ", e.getValue()) + ": " + e.getKey()).toList();
    }

    private RequestPostProcessor as(Role role, Long organisation) {
        UserView account = users.create(role.name().toLowerCase() + "-html-" + System.nanoTime(), role, organisation);
        return user(users.principal(account));
    }

    private long id(String sql) {
        return jdbc.sql(sql + " limit 1").query(Long.class).optional()
                .orElseThrow(() -> new AssertionError("the demo data has nothing for: " + sql));
    }

    /**
     * Loads every module's demo data set as a first start with demo data would: each loader (an
     * application runner or a module initializer named *Demo*) is made anew with an installation
     * that wants demo data (the test context has none), in the order of the modules' dependencies.
     */
    private void loadDemoData() throws Exception {
        jdbc.sql("delete from demo_data_set").update();
        Installation demo = new Installation(true, true);
        List<Object> loaders = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            if (!type.getSimpleName().contains("Demo") || !(ApplicationRunner.class.isAssignableFrom(type)
                    || ApplicationModuleInitializer.class.isAssignableFrom(type))) {
                continue;
            }
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            Class<?>[] parameters = constructor.getParameterTypes();
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = parameters[i] == Installation.class ? demo : context.getAutowireCapableBeanFactory()
                        .resolveDependency(new DependencyDescriptor(MethodParameter.forExecutable(constructor, i), true),
                                name);
            }
            loaders.add(constructor.newInstance(arguments));
        }
        AnnotationAwareOrderComparator.sort(loaders);
        loaders.sort(Comparator.comparingInt(ValidHtmlTest::moduleRank));
        assertThat(loaders).as("demo data loaders").hasSizeGreaterThan(5);
        // in a transaction each, as their run methods have when Spring calls them
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        for (Object loader : loaders) {
            transaction.executeWithoutResult(status -> {
                try {
                    if (loader instanceof ApplicationModuleInitializer initializer) {
                        initializer.initialize();
                    } else {
                        ((ApplicationRunner) loader).run(null);
                    }
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            });
        }
    }

    /** A module's place among the modules whose demo data others build on; later modules after them. */
    private static int moduleRank(Object loader) {
        String module = loader.getClass().getPackageName().replace("pl.koordynator.es.", "").split("\\.")[0];
        int rank = DEMO_MODULES.indexOf(module);
        return rank < 0 ? DEMO_MODULES.size() : rank;
    }

    private static final List<String> DEMO_MODULES = List.of("security", "territory", "registry", "statistics",
            "needs", "reporting", "events", "support");
}
