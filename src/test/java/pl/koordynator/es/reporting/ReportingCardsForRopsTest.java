package pl.koordynator.es.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.PanelCards.Card;
import pl.koordynator.es.testing.PanelCards.Item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reporting cards of ROPS's and the committee's dashboards against the reporting API. */
class ReportingCardsForRopsTest extends IntegrationTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    ReportingFixtures fixtures;

    UserView admin;

    @BeforeEach
    void rops() {
        fixtures.forget();
        admin = fixtures.admin();
    }

    @Test
    void reportsWaitingForADecisionAreCountedAsTheApiCountsThemAndListedOldestFirstWithTheDaysWaiting() throws Exception {
        OrganisationView north = fixtures.owes("OWES Północ");
        OrganisationView south = fixtures.owes("OWES Południe");
        OrganisationView east = fixtures.owes("OWES Wschód");
        long recent = submitted(north, "2026Q1", 2);
        long oldest = submitted(south, "2026Q1", 12);
        long middle = submitted(east, "2026Q1", 1);
        long approved = submitted(north, "2025Q4", 30);
        mvc.perform(json(post("/api/v1/reporting/reports/" + approved + "/approve").with(as(admin)), "{}"))
                .andExpect(status().isOk());

        Card card = PanelCards.of(mvc, as(admin)).get("rops-reports-waiting");

        String submitted = mvc.perform(get("/api/v1/reporting/reports").param("status", "SUBMITTED").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card.count()).isEqualTo(((List<?>) JsonPath.read(submitted, "$")).size()).isEqualTo(3);
        assertThat(card.items()).extracting(Item::url).containsExactly("/reporting/reports/" + oldest,
                "/reporting/reports/" + recent, "/reporting/reports/" + middle);
        assertThat(card.items()).extracting(Item::text).containsExactly("OWES Południe, 2026Q1",
                "OWES Północ, 2026Q1", "OWES Wschód, 2026Q1");
        assertThat(card.items()).extracting(Item::note).containsExactly("czeka 12 dni", "czeka 2 dni", "czeka 1 dzień");
        assertThat(card.moreUrl()).isEqualTo("/reporting?status=SUBMITTED");
    }

    @Test
    void withNothingToDecideTheCardSaysSo() throws Exception {
        Card card = PanelCards.of(mvc, as(admin)).get("rops-reports-waiting");

        assertThat(card.count()).isZero();
        assertThat(card.items()).isEmpty();
        assertThat(card.empty()).isEqualTo("Żadne sprawozdanie nie czeka na decyzję.");
    }

    @Test
    void owesLateAreThoseTheCompletenessOfTheLastPeriodPastItsDeadlineMarksLate() throws Exception {
        Period period = lastPeriodPastDeadline();
        OrganisationView silent = fixtures.owes("OWES Milczący");
        OrganisationView drafting = fixtures.owes("OWES Piszący");
        OrganisationView done = fixtures.owes("OWES Terminowy");
        create(drafting, period.code());
        submitted(done, period.code(), 1);

        Card card = PanelCards.of(mvc, as(admin)).get("rops-owes-late");

        String completeness = mvc.perform(get("/api/v1/reporting/completeness").param("template", "OWES_QUARTERLY")
                        .param("period", period.code()).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> overdue = JsonPath.read(completeness, "$.rows[?(@.overdue == true)].owesId");
        assertThat(card.count()).isEqualTo(overdue.size()).isEqualTo(2);
        assertThat(card.items()).extracting(Item::url).containsExactlyInAnyOrder("/organisations/" + silent.id(),
                "/organisations/" + drafting.id());
        assertThat(card.items()).extracting(Item::text).contains("OWES Milczący, " + period.code());
        long daysLate = java.time.temporal.ChronoUnit.DAYS.between(period.end().plusDays(20), LocalDate.now(WARSAW));
        assertThat(card.items().get(0).note()).isEqualTo(daysLate == 1 ? "1 dzień po terminie" : daysLate + " dni po terminie");
        assertThat(card.moreUrl()).isEqualTo("/reporting/summary?template=OWES_QUARTERLY&period=" + period.code());
    }

    @Test
    void withEveryOwesOnTimeTheLateCardSaysSo() throws Exception {
        submitted(fixtures.owes("OWES Terminowy"), lastPeriodPastDeadline().code(), 1);

        Card card = PanelCards.of(mvc, as(admin)).get("rops-owes-late");

        assertThat(card.count()).isZero();
        assertThat(card.empty()).isEqualTo("Każdy OWES złożył sprawozdanie za ostatni okres, którego termin minął.");
    }

    @Test
    void theCommitteeSeesTheRegionalSummaryOfTheLatestPeriodWithApprovedReportsAndNoWorkQueues() throws Exception {
        UserView member = users.create("komitet-" + System.nanoTime(), Role.COMMITTEE);
        assertThat(PanelCards.of(mvc, as(member)).get("committee-regional-summary").empty())
                .isEqualTo("Żadne sprawozdanie OWES nie zostało jeszcze zatwierdzone.");

        OrganisationView owes = fixtures.owes("OWES Północ");
        for (String period : List.of("2025Q3", "2025Q4")) {
            long id = submitted(owes, period, 3);
            mvc.perform(json(post("/api/v1/reporting/reports/" + id + "/approve").with(as(admin)), "{}"))
                    .andExpect(status().isOk());
        }
        submitted(owes, "2026Q1", 1);

        Map<String, Card> cards = PanelCards.of(mvc, as(member));

        Card summary = cards.get("committee-regional-summary");
        assertThat(summary.title()).isEqualTo("Raport zbiorczy za 2025Q4");
        assertThat(summary.moreUrl()).isEqualTo("/reporting/summary?template=OWES_QUARTERLY&period=2025Q4");
        assertThat(summary.items()).contains(new Item("Liczba PES objętych wsparciem", null, "7 szt."));
        assertThat(cards.keySet()).noneMatch(id -> id.startsWith("rops-"));
        mvc.perform(get(summary.moreUrl()).with(as(member))).andExpect(status().isOk());
    }

    @Test
    void owesPesAndPartnerAccountsGetNoneOfTheCardsOfRopsOrTheCommittee() throws Exception {
        submitted(fixtures.owes("OWES Północ"), "2026Q1", 1);
        for (Role role : List.of(Role.OWES, Role.PES, Role.PARTNER)) {
            assertThat(PanelCards.of(mvc, users.as(role)).keySet())
                    .noneMatch(id -> id.startsWith("rops-") || id.startsWith("committee-"));
        }
    }

    /** The latest quarter whose deadline (20 days after its end) is before today. */
    private static Period lastPeriodPastDeadline() {
        LocalDate today = LocalDate.now(WARSAW);
        Period period = Period.containing(today, PeriodType.QUARTER).previous();
        while (!period.end().plusDays(20).isBefore(today)) {
            period = period.previous();
        }
        return period;
    }

    private long create(OrganisationView owes, String period) throws Exception {
        UserView staff = fixtures.staff(owes);
        String body = mvc.perform(json(post("/api/v1/reporting/reports").with(as(staff)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"%s\"}"
                                .formatted(owes.id(), period)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A report with 7 PES supported, submitted {@code daysAgo} days ago. */
    private long submitted(OrganisationView owes, String period, int daysAgo) throws Exception {
        UserView staff = fixtures.staff(owes);
        long id = create(owes, period);
        mvc.perform(json(put("/api/v1/reporting/reports/" + id + "/values").with(as(staff)), """
                {"values": {"PES_SUPPORTED": 7, "PES_NEW": 2, "SE_NEW": 1, "JOBS_CREATED": 4, "JOBS_AT_RISK": 2,
                 "CONSULTING_HOURS": 10, "TRAININGS": 2, "TRAINING_PARTICIPANTS": 25, "JST_COOPERATING": 3,
                 "PARTNERSHIPS": 1}}""")).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/reporting/reports/" + id + "/submit").with(as(staff)), "{}"))
                .andExpect(status().isOk());
        jdbc.sql("update owes_report set submitted_at = :at where id = :id")
                .param("at", OffsetDateTime.now(WARSAW).minusDays(daysAgo)).param("id", id).update();
        return id;
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
