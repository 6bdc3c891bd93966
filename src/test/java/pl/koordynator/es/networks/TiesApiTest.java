package pl.koordynator.es.networks;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ties through the API: dates read against today, validation, scoping, confirmation, derived ties. */
class TiesApiTest extends IntegrationTest {

    @Autowired
    NetworksFixtures fixtures;

    @Autowired
    RegistryFixtures registry;

    private RequestPostProcessor as(UserView user) {
        return user(users.principal(user));
    }

    private RequestPostProcessor admin() {
        return users.as(Role.ADMIN);
    }

    private ResultActions postTie(RequestPostProcessor who, long from, long to, String kind, String startsOn,
            String endsOn) throws Exception {
        String body = """
                {"fromOrganisationId": %d, "toOrganisationId": %d, "kind": "%s", "startsOn": %s, "endsOn": %s,
                 "valuePln": "12 500,50"}""".formatted(from, to, kind, quoted(startsOn), quoted(endsOn));
        return mvc.perform(post("/api/v1/ties").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void tiesWithPastAndFutureDatesTakeTheirStatusFromToday() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Razem", NetworksFixtures.GDANSK);
        OrganisationView firm = fixtures.organisation("Piekarnia Kowalski sp. z o.o.", Kind.BUSINESS,
                NetworksFixtures.GDANSK);
        LocalDate today = LocalDate.now();

        postTie(admin(), firm.id(), pes.id(), "SUPPLY_CONTRACT", "2020-01-01", "2021-12-31")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ENDED"))
                .andExpect(jsonPath("$.valuePln").value(12500.50)).andExpect(jsonPath("$.sectors").value("PES_BUSINESS"));
        postTie(admin(), firm.id(), pes.id(), "MENTORING", today.minusDays(10).toString(), null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACTIVE"));
        postTie(admin(), firm.id(), pes.id(), "SPONSORSHIP", today.plusDays(30).toString(),
                today.plusDays(400).toString())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"));

        // the year of the ended tie counts it; this year counts only the running one, not the one starting later
        mvc.perform(get("/api/v1/ties/measures?year=2021&level=region"))
                .andExpect(jsonPath("$.rows[0].activeBySectors.PES_BUSINESS").value(1));
        mvc.perform(get("/api/v1/ties?confirmed=true").with(admin())).andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].status").value("PLANNED"));
    }

    @Test
    void measuresPerYearAndPowiatAreTheTiesCountedByHand() throws Exception {
        OrganisationView pesGdansk = fixtures.pes("Spółdzielnia Socjalna Gdańsk", NetworksFixtures.GDANSK);
        OrganisationView pesGdynia = fixtures.pes("Spółdzielnia Socjalna Gdynia", NetworksFixtures.GDYNIA);
        OrganisationView firm = fixtures.organisation("Hotel Bałtyk sp. z o.o.", Kind.BUSINESS, NetworksFixtures.GDANSK);
        OrganisationView university = fixtures.organisation("Uniwersytet Morski", Kind.SCIENCE, NetworksFixtures.GDYNIA);
        fixtures.tie(firm, pesGdansk, "SUPPLY_CONTRACT", "2023-03-01", "2024-06-30");
        fixtures.tie(university, pesGdynia, "RESEARCH_PROJECT", "2024-01-01", null);
        fixtures.tie(pesGdansk, pesGdynia, "COOPERATION_AGREEMENT", "2022-01-01", "2022-12-31");
        // entered by the PES, not confirmed by the firm: shown, never counted
        postTie(as(fixtures.user(Role.PES, pesGdynia)), pesGdynia.id(), firm.id(), "SUPPLY_CONTRACT", "2024-02-01", null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("UNCONFIRMED"));

        // 2024: firm–Gdańsk (running since 2023) and university–Gdynia (new); each in its PES's powiat
        mvc.perform(get("/api/v1/ties/measures?year=2024&level=powiat"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].level").value("region"))
                .andExpect(jsonPath("$.rows[0].activeTies").value(2))
                .andExpect(jsonPath("$.rows[0].newTies").value(1))
                .andExpect(jsonPath("$.rows[0].activeBySectors.PES_BUSINESS").value(1))
                .andExpect(jsonPath("$.rows[0].activeBySectors.PES_SCIENCE").value(1))
                .andExpect(jsonPath("$.rows[0].newBySectors.PES_SCIENCE").value(1))
                .andExpect(jsonPath("$.rows[0].pesWithCrossSectorTie").value(2))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2261')].activeBySectors.PES_BUSINESS").value(1))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2261')].activeTies").value(1))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2262')].activeBySectors.PES_SCIENCE").value(1))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2262')].activeTies").value(1))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2262')].pesWithCrossSectorTie").value(1));
        // 2022: one PES–PES tie, in both PES's powiats and once in the region
        mvc.perform(get("/api/v1/ties/measures?year=2022&level=powiat"))
                .andExpect(jsonPath("$.rows[0].activeBySectors.PES_PES").value(1))
                .andExpect(jsonPath("$.rows[0].pesWithCrossSectorTie").value(0))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2261')].activeBySectors.PES_PES").value(1))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2262')].activeBySectors.PES_PES").value(1));
        // 2023: only the firm's tie, new that year
        mvc.perform(get("/api/v1/ties/measures?year=2023&level=region"))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].activeTies").value(1))
                .andExpect(jsonPath("$.rows[0].newBySectors.PES_BUSINESS").value(1));
    }

    @Test
    void anUnconfirmedTieCountsOnlyOnceTheOtherSideConfirmsIt() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Smak", NetworksFixtures.GDANSK);
        OrganisationView firm = fixtures.organisation("Stocznia Remontowa", Kind.BUSINESS, NetworksFixtures.GDANSK);
        UserView pesUser = fixtures.user(Role.PES, pes);
        String id = com.jayway.jsonpath.JsonPath.read(postTie(as(pesUser), pes.id(), firm.id(), "SUPPLY_CONTRACT",
                "2024-05-01", null).andExpect(status().isCreated()).andExpect(jsonPath("$.confirmed").value(false))
                .andReturn().getResponse().getContentAsString(), "$.id").toString();
        mvc.perform(get("/api/v1/ties/measures?year=2024")).andExpect(jsonPath("$.rows[0].activeTies").value(0));

        // the side that entered it cannot confirm it
        mvc.perform(post("/api/v1/ties/" + id + "/confirm").with(as(pesUser))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/ties/" + id + "/confirm").with(as(fixtures.user(Role.PARTNER, firm))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/ties/measures?year=2024"))
                .andExpect(jsonPath("$.rows[0].activeBySectors.PES_BUSINESS").value(1));
    }

    @Test
    void aDerivedTieAppearsOnceTwoOrganisationsAttendTheSameEvent() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Ogród", NetworksFixtures.GDANSK);
        OrganisationView firm = fixtures.organisation("Zieleń Miejska sp. z o.o.", Kind.BUSINESS,
                NetworksFixtures.GDANSK);
        int year = LocalDate.now().getYear();
        long event = fixtures.event("CONFERENCE", LocalDate.now().minusDays(1));
        fixtures.attended(event, pes);
        mvc.perform(get("/api/v1/ties?source=EVENT&year=" + year).with(admin()))
                .andExpect(jsonPath("$.totalElements").value(0));

        fixtures.attended(event, firm);
        // a second common event the same year is still one tie
        long second = fixtures.event("WORKSHOP", LocalDate.now().minusDays(1));
        fixtures.attended(second, pes);
        fixtures.attended(second, firm);

        mvc.perform(get("/api/v1/ties?source=EVENT&year=" + year).with(admin()))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].source").value("EVENT"))
                .andExpect(jsonPath("$.content[0].sourceLabel").value("event #" + event))
                .andExpect(jsonPath("$.content[0].sectors").value("PES_BUSINESS"));
        // kept apart: declared ties and the declared graph do not have it
        mvc.perform(get("/api/v1/ties?year=" + year).with(admin())).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/networks/graph?year=" + year))
                .andExpect(jsonPath("$.metrics.edges").value(0));
        mvc.perform(get("/api/v1/networks/graph?source=derived&year=" + year))
                .andExpect(jsonPath("$.metrics.edges").value(1))
                .andExpect(jsonPath("$.edges[0].sources[0]").value("EVENT"));
    }

    @Test
    void theGraphOfASmallKnownNetworkHasTheHandComputedMetrics() throws Exception {
        OrganisationView p1 = fixtures.pes("PES 1", NetworksFixtures.GDANSK);
        OrganisationView p2 = fixtures.pes("PES 2", NetworksFixtures.GDANSK);
        OrganisationView p3 = fixtures.pes("PES 3", NetworksFixtures.GDYNIA);
        fixtures.pes("PES 4 bez powiązań", NetworksFixtures.GDYNIA);
        OrganisationView firm = fixtures.organisation("Firma B", Kind.BUSINESS, NetworksFixtures.GDYNIA);
        // a triangle of PES, and one PES tied to a firm; two ties of one pair make one edge
        fixtures.tie(p1, p2, "COOPERATION_AGREEMENT", "2023-01-01", null);
        fixtures.tie(p1, p2, "MENTORING", "2023-01-01", null);
        fixtures.tie(p2, p3, "COOPERATION_AGREEMENT", "2023-01-01", null);
        fixtures.tie(p3, p1, "COOPERATION_AGREEMENT", "2023-01-01", null);
        fixtures.tie(firm, p3, "SUPPLY_CONTRACT", "2023-01-01", null);
        // ended before the year asked: not in its graph
        fixtures.tie(firm, p1, "SUPPLY_CONTRACT", "2020-01-01", "2022-12-31");

        // 5 nodes (4 PES, the firm), 4 edges: density 2·4 / (5·4) = 0.4; components {P1,P2,P3,B} and {P4};
        // the only bridge is P3–B; 1 of 4 PES without a tie; P3 lies on the paths P1–B and P2–B of the
        // 6 pairs of the other four nodes: betweenness 2 / ((5−1)(5−2)/2) = 0.3333
        mvc.perform(get("/api/v1/networks/graph?year=2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics.nodes").value(5))
                .andExpect(jsonPath("$.metrics.edges").value(4))
                .andExpect(jsonPath("$.metrics.density").value(0.4))
                .andExpect(jsonPath("$.metrics.components").value(2))
                .andExpect(jsonPath("$.metrics.bridges").value(1))
                .andExpect(jsonPath("$.metrics.pes").value(4))
                .andExpect(jsonPath("$.metrics.pesWithoutTie").value(1))
                .andExpect(jsonPath("$.metrics.shareOfPesWithoutTie").value(0.25))
                .andExpect(jsonPath("$.nodes[0].id").value(p3.id()))
                .andExpect(jsonPath("$.nodes[0].degree").value(3))
                .andExpect(jsonPath("$.nodes[0].betweenness").value(0.3333))
                .andExpect(jsonPath("$.edges[?(@.bridge == true)].sectors").value("PES_BUSINESS"))
                .andExpect(jsonPath("$.edges[?(@.source == " + p1.id() + " && @.target == " + p2.id() + ")].ties")
                        .value(2));
        String graphMl = mvc.perform(get("/api/v1/networks/graph.graphml?year=2024"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(graphMl).contains("<graphml").contains("PES 4 bez powiązań")
                .contains("<edge");
        // 2021: only the old firm–P1 tie
        mvc.perform(get("/api/v1/networks/graph?year=2021")).andExpect(jsonPath("$.metrics.edges").value(1))
                .andExpect(jsonPath("$.metrics.bridges").value(1));
    }

    @Test
    void badTiesGetProblemsNamingTheField() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Jedność", NetworksFixtures.GDANSK);
        OrganisationView firm = fixtures.organisation("Drukarnia Nadmorska", Kind.BUSINESS, NetworksFixtures.GDANSK);

        postTie(admin(), pes.id(), pes.id(), "MENTORING", "2024-01-01", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"));
        postTie(admin(), pes.id(), firm.id(), "MENTORING", "2024-05-01", "2024-04-30")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia."));
        postTie(admin(), 999_999, firm.id(), "MENTORING", "2024-01-01", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fromOrganisationId"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from tie").query(Long.class).single())
                .isZero();

        postTie(admin(), pes.id(), firm.id(), "MENTORING", "2024-01-01", null).andExpect(status().isCreated());
        // the same kind over overlapping days, either way round: a duplicate
        postTie(admin(), firm.id(), pes.id(), "MENTORING", "2025-01-01", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        // another kind, or the same kind after an ended one, is a tie of its own
        postTie(admin(), firm.id(), pes.id(), "SPONSORSHIP", "2025-01-01", null).andExpect(status().isCreated());
    }

    @Test
    void owesStaffEnterTiesOfThePesTheyServeAndPesTheirOwnOnly() throws Exception {
        OrganisationView owes = registry.owes("OWES Trójmiasto", NetworksFixtures.GDYNIA);
        registry.subregion("Metropolia", owes.id(), "2261");
        OrganisationView served = fixtures.pes("Spółdzielnia Socjalna Nasza", NetworksFixtures.GDANSK);
        OrganisationView elsewhere = fixtures.pes("Spółdzielnia Socjalna Daleka", "2201012");
        OrganisationView firm = fixtures.organisation("Firma Sopot", Kind.BUSINESS, NetworksFixtures.GDANSK);
        UserView staff = fixtures.user(Role.OWES, owes);

        postTie(as(staff), elsewhere.id(), firm.id(), "MENTORING", "2024-01-01", null)
                .andExpect(status().isForbidden());
        postTie(as(staff), served.id(), firm.id(), "MENTORING", "2024-01-01", null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.confirmed").value(false));
        fixtures.tie(elsewhere, firm, "SPONSORSHIP", "2024-01-01", null);

        // the OWES reads the ties of its PES only, the PES its own, the firm its own
        mvc.perform(get("/api/v1/ties").with(as(staff))).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].fromOrganisationId").value(served.id()));
        UserView pesUser = fixtures.user(Role.PES, elsewhere);
        mvc.perform(get("/api/v1/ties").with(as(pesUser))).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].fromOrganisationId").value(elsewhere.id()));
        mvc.perform(get("/api/v1/ties").with(as(fixtures.user(Role.PARTNER, firm))))
                .andExpect(jsonPath("$.totalElements").value(2));
        // a PES enters no tie between others
        postTie(as(pesUser), served.id(), firm.id(), "VOLUNTEERING", "2024-01-01", null)
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from tie").query(Long.class).single())
                .isEqualTo(2);
        // visitors get the public counts, not the list
        mvc.perform(get("/api/v1/ties")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/ties/measures?year=2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].activeTies").value(1));
    }
}
