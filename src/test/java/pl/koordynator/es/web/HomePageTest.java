package pl.koordynator.es.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.events.domain.EventInput;
import pl.koordynator.es.events.domain.EventService;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public home page: the region's figures, the register search, the next events, recent needs and the map. */
class HomePageTest extends IntegrationTest {

    static final String BORZYTUCHOM = "2201012";
    static final String BYTOW = "2201023";

    @Autowired
    RegistryFixtures registry;

    @Autowired
    OrganisationService organisations;

    @Autowired
    EventsFixtures events;

    @Autowired
    EventService eventService;

    @Autowired
    NeedsFixtures needs;

    @Autowired
    JsonMapper json;

    @Test
    void figuresAreTheModulesOwnApiAnswersAndLinkToTheListsOfWhatTheyCount() throws Exception {
        LocalDate today = LocalDate.now();
        registry.create(organisation("Spółdzielnia Socjalna Razem", Kind.SOCIAL_COOPERATIVE, BORZYTUCHOM, null,
                today.minusYears(1), OrganisationStatus.ACTIVE));
        registry.create(organisation("Zakład Aktywności Zawodowej Borzytuchom", Kind.ZAZ, BORZYTUCHOM, 12, null,
                OrganisationStatus.ACTIVE));
        registry.create(organisation("Centrum Integracji Społecznej Bytów", Kind.CIS, BYTOW, 30, null,
                OrganisationStatus.ACTIVE));
        registry.create(organisation("Klub Integracji Społecznej Dawny", Kind.KIS, BYTOW, 50,
                today.minusYears(2), OrganisationStatus.SUSPENDED));
        registry.create(organisation("Spółdzielnia Socjalna Wygasła", Kind.SOCIAL_COOPERATIVE, BYTOW, null,
                null, OrganisationStatus.ACTIVE));
        registry.create(organisation("Urząd Gminy Borzytuchom", Kind.JST, BORZYTUCHOM, null, null,
                OrganisationStatus.ACTIVE));
        OrganisationView owes = registry.owes("OWES Słupsk", "2263011");
        OffsetDateTime now = events.now();
        events.published(event("Szkolenie za tydzień", now.plusDays(7), true, "PUBLISHED"));
        events.published(event("Warsztat za trzy tygodnie", now.plusDays(21), true, "PUBLISHED"));
        events.published(event("Konferencja za dwa miesiące", now.plusMonths(2), true, "PUBLISHED"));
        events.published(event("Spotkanie zamknięte", now.plusDays(3), false, "PUBLISHED"));
        events.published(event("Szkic", now.plusDays(3), true, "DRAFT"));
        events.cancel(events.published(event("Odwołane", now.plusDays(5), true, "PUBLISHED")).id());

        String home = page("/");

        assertThat(figure(home, "active-pes")).isEqualTo(new Figure(4, "/organisations?status=ACTIVE&pes=true"))
                .extracting(Figure::value).isEqualTo(total("/api/v1/organisations"));
        assertThat(figure(home, "social-enterprises"))
                .isEqualTo(new Figure(1, "/organisations?status=ACTIVE&pes=true&ps=true"))
                .extracting(Figure::value).isEqualTo(total("/api/v1/organisations?socialEnterprise=true"));
        assertThat(figure(home, "reintegration-places"))
                .isEqualTo(new Figure(42, "/map?indicator=REINTEGRATION_PLACES"))
                .extracting(Figure::value).isEqualTo(api("/api/v1/map/totals?indicator=REINTEGRATION_PLACES")
                        .path("region").asLong());
        assertThat(figure(home, "events-coming-month")).isEqualTo(new Figure(2, "/events"))
                .extracting(Figure::value).isEqualTo(total("/api/v1/events?status=PUBLISHED&from=" + today + "&to="
                        + today.plusMonths(1)));

        // a signed-in user sees every kind of organisation in the register: the links filter alike
        String pesList = mvc.perform(get("/organisations").param("status", "ACTIVE").param("pes", "true")
                .with(users.as(Role.ADMIN))).andReturn().getResponse().getContentAsString();
        assertThat(pesList).contains("Liczba organizacji: 4", "Spółdzielnia Socjalna Razem",
                "Centrum Integracji Społecznej Bytów", "Spółdzielnia Socjalna Wygasła",
                "Zakład Aktywności Zawodowej Borzytuchom")
                .doesNotContain("Urząd Gminy Borzytuchom", "href=\"/organisations/" + owes.id() + "\"",
                        "Klub Integracji Społecznej Dawny");
        String psList = mvc.perform(get("/organisations").param("status", "ACTIVE").param("pes", "true")
                .param("ps", "true").with(users.as(Role.ADMIN))).andReturn().getResponse().getContentAsString();
        assertThat(psList).contains("Liczba organizacji: 1", "Spółdzielnia Socjalna Razem");
        assertThat(page("/map?indicator=REINTEGRATION_PLACES")).contains("value=\"REINTEGRATION_PLACES\" selected=\"selected\"");
    }

    @Test
    void theNextFivePublicEventsAreListedSoonestFirstWithoutPrivateCancelledDraftOrPastOnes() throws Exception {
        OffsetDateTime now = events.now().withNano(0);
        List<Long> expected = new ArrayList<>();
        EventView later = events.published(event("Szósta", now.plusDays(40), true, "PUBLISHED"));
        expected.add(events.published(event("Trzecia", now.plusDays(10), true, "PUBLISHED")).id());
        expected.add(0, events.published(event("Druga", now.plusDays(2), true, "PUBLISHED")).id());
        expected.add(events.published(event("Czwarta", now.plusDays(12), true, "PUBLISHED")).id());
        expected.add(events.published(event("Piąta", now.plusDays(30), true, "PUBLISHED")).id());
        events.published(event("Prywatna", now.plusDays(1), false, "PUBLISHED"));
        events.published(event("Szkic", now.plusDays(1), true, "DRAFT"));
        events.cancel(events.published(event("Odwołana", now.plusDays(1), true, "PUBLISHED")).id());
        // one that ended yesterday, and one that started yesterday and is still on: the calendar lists it first
        long past = events.published(event("Miniona", now.plusDays(1), true, "PUBLISHED")).id();
        long ongoing = events.published(event("Trwająca", now.plusDays(1), true, "PUBLISHED")).id();
        jdbc.sql("update event set starts_at = :start, ends_at = :end where id = :id")
                .param("start", now.minusDays(2)).param("end", now.minusDays(1)).param("id", past).update();
        jdbc.sql("update event set starts_at = :start, ends_at = :end where id = :id")
                .param("start", now.minusDays(1)).param("end", now.plusDays(1)).param("id", ongoing).update();
        expected.add(0, ongoing);

        String home = page("/");

        assertThat(links(section(home, "next-events"), "/events/(\\d+)")).containsExactlyElementsOf(
                expected.stream().map(String::valueOf).toList());
        assertThat(section(home, "next-events")).doesNotContain("Szósta", "Prywatna", "Szkic", "Odwołana", "Miniona")
                .contains("Druga", "Szkolenie · gm. Gdańsk", "href=\"/events\"",
                        events.now().plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        // the calendar's own list starts with the same events
        String calendar = page("/events");
        assertThat(calendar.indexOf("/events/" + ongoing + "\"")).isLessThan(calendar.indexOf("/events/" + expected.get(1) + "\""));
        assertThat(later.id()).isNotIn(expected);
    }

    @Test
    void theNextRequestAfterAChangeShowsItThoughTheAnswersAreKept() throws Exception {
        OrganisationView pes = registry.create(organisation("Centrum Integracji Społecznej Zmienne", Kind.CIS,
                BORZYTUCHOM, 5, null, OrganisationStatus.ACTIVE));
        registry.create(organisation("Klub Integracji Społecznej Stały", Kind.KIS, BYTOW, 7, null,
                OrganisationStatus.ACTIVE));
        EventView draft = events.published(event("Szkolenie z zamówień", events.now().plusDays(4), true, "DRAFT"));
        var reporter = needs.pesUser("Spółdzielnia Socjalna Potrzebna", BYTOW);
        String before = page("/");
        assertThat(figure(before, "active-pes").value()).isEqualTo(3);
        assertThat(figure(before, "reintegration-places").value()).isEqualTo(12);
        assertThat(figure(before, "events-coming-month").value()).isZero();
        assertThat(section(before, "next-events")).contains("Nie zaplanowano jeszcze żadnych publicznych wydarzeń.");
        assertThat(section(before, "recent-needs")).contains("Nie opublikowano jeszcze żadnych potrzeb.");

        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            organisations.update(pes.id(), organisation(pes.name(), Kind.CIS, BORZYTUCHOM, 5, null,
                    OrganisationStatus.SUSPENDED, pes.version()));
            eventService.publish(draft.id(), draft.version());
        } finally {
            users.signOut();
        }
        needs.published(reporter, NeedsFixtures.input(BYTOW, "Mieszkania treningowe w Bytowie"));

        String after = page("/");
        assertThat(figure(after, "active-pes").value()).isEqualTo(2);
        assertThat(figure(after, "reintegration-places").value()).isEqualTo(7);
        assertThat(figure(after, "events-coming-month").value()).isEqualTo(1);
        assertThat(links(section(after, "next-events"), "/events/(\\d+)")).containsExactly(String.valueOf(draft.id()));
        assertThat(section(after, "recent-needs")).contains("Mieszkania treningowe w Bytowie", "Reintegracja społeczna i zawodowa · gm. Bytów");
    }

    @Test
    void theMapIsASmallDrawingOfEveryGminaShadedLikeTheMapAndLinkingToIt() throws Exception {
        registry.create(organisation("Spółdzielnia Socjalna Razem", Kind.SOCIAL_COOPERATIVE, BORZYTUCHOM, null, null,
                OrganisationStatus.ACTIVE));
        String map = section(page("/"), "map");

        assertThat(map).contains("<a class=\"home-map d-block mb-2\" href=\"/map\">", "role=\"img\"",
                "aria-label=\"Liczba aktywnych PES w gminach województwa\"", "<title>Borzytuchom: 1</title>");
        Matcher paths = Pattern.compile("<path class=\"shade-(\\d|none)\" d=\"(M[-0-9 Mlz]+)\"").matcher(map);
        int count = 0;
        while (paths.find()) {
            count++;
        }
        assertThat(count).isEqualTo(123);
        // the whole picture stays light: no map script, no tiles, a few kilobytes of paths
        assertThat(map.length()).isLessThan(40_000);
        assertThat(page("/")).doesNotContain("leaflet", "map.js");
    }

    @Test
    void visitorsAndSignedInUsersSeeItInPolishOrEnglishWithPolishNumbers() throws Exception {
        registry.create(organisation("Centrum Integracji Społecznej Duże", Kind.CIS, BORZYTUCHOM, 1250, null,
                OrganisationStatus.ACTIVE));
        String polish = page("/");
        assertThat(polish).contains("Ekonomia społeczna regionu w liczbach", "miejsca reintegracyjne",
                "<form class=\"home-search\" role=\"search\" method=\"get\" action=\"/organisations\">", "name=\"q\"");
        assertThat(figure(polish, "reintegration-places").text()).matches("1[\u00a0\u202f ]250");

        String english = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("The social economy of the region in figures", "reintegration places", "Next events",
                "Recently published needs", "Map of resources and needs");

        String signedIn = mvc.perform(get("/").with(users.as(Role.PES))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(signedIn).contains("href=\"/panel\"", "data-figure=\"active-pes\"");
    }

    record Figure(long value, String url, String text) {
        Figure(long value, String url) {
            this(value, url, null);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Figure that && value == that.value && url.equals(that.url);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(value) * 31 + url.hashCode();
        }
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }

    private JsonNode api(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private long total(String path) throws Exception {
        return api(path).path("totalElements").asLong();
    }

    private static Figure figure(String html, String id) {
        Matcher m = Pattern.compile("data-figure=\"" + id + "\">\\s*<a [^>]*href=\"([^\"]+)\">.*?"
                + "home-figure-value\">([^<]+)<", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("figure " + id).isTrue();
        String text = m.group(2);
        return new Figure(Long.parseLong(text.replaceAll("\\D", "")), m.group(1).replace("&amp;", "&"), text);
    }

    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<section [^>]*data-section=\"" + id + "\".*?</section>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group();
    }

    private static List<String> links(String html, String pattern) {
        Matcher m = Pattern.compile("href=\"" + pattern + "\"").matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static EventInput event(String title, OffsetDateTime start, boolean publicEvent, String status) {
        return new EventInput(title, "TRAINING", "Szkolenie dla spółdzielni socjalnych.", null, start.toString(),
                start.plusHours(3).toString(), EventsFixtures.GDANSK, "ul. Okopowa 21/27", null, 20, null, null,
                "Spółdzielnie socjalne", publicEvent, status, List.of("LEGAL"), null, null, null);
    }

    static OrganisationInput organisation(String name, Kind kind, String gmina, Integer places, LocalDate psSince,
            OrganisationStatus status) {
        return organisation(name, kind, gmina, places, psSince, status, null);
    }

    static OrganisationInput organisation(String name, Kind kind, String gmina, Integer places, LocalDate psSince,
            OrganisationStatus status, Long version) {
        return new OrganisationInput(name, null, kind, null, null, null, gmina, "ul. Długa 1", "77-100", "Bytów",
                "biuro@example.org", null, null, null, List.of(), 10, 5, places, psSince == null ? null : "PS.1.2024",
                psSince, null, null, status, version);
    }
}
