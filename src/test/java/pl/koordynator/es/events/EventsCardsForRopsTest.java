package pl.koordynator.es.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.PanelCards.Card;
import pl.koordynator.es.testing.PanelCards.Item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The event cards of ROPS's dashboard against the events API and the activity plan's API. */
class EventsCardsForRopsTest extends IntegrationTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Autowired
    ParticipantFixtures fixtures;

    @Autowired
    SupportFixtures support;

    UserView admin;
    OrganisationView north;
    OrganisationView south;

    @BeforeEach
    void twoOrganisers() {
        admin = fixtures.admin();
        north = fixtures.owes("OWES Północ");
        south = fixtures.owes("OWES Południe");
    }

    @Test
    void eventsOfThisWeekAreThoseTheCalendarFindsFromMondayToSundayWithTheirFillRate() throws Exception {
        LocalDate monday = LocalDate.now(WARSAW).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        OffsetDateTime morning = monday.plusDays(2).atTime(9, 0).atZone(WARSAW).toOffsetDateTime();
        long full = fixtures.event(north, "Warsztaty z księgowości", morning.plusHours(3), 2, 4);
        long open = fixtures.event(south, "Spotkanie sieci PES", morning, 2, null);
        fixtures.event(north, "Za tydzień", morning.plusDays(7), 2, 10);
        fixtures.event(north, "Tydzień temu", morning.minusDays(7), 2, 10);
        long draft = fixtures.event(north, "Szkic", morning, 2, 10);
        jdbc.sql("update event set status = 'DRAFT' where id = :id").param("id", draft).update();
        for (int i = 0; i < 4; i++) {
            fixtures.register(full, "Osoba " + i, "osoba" + i + "@example.org", RegistrationStatus.CONFIRMED);
        }
        fixtures.register(full, "Czeka", "czeka@example.org", RegistrationStatus.WAITLISTED);
        fixtures.register(open, "Anna", "anna@example.org", RegistrationStatus.CONFIRMED);
        fixtures.register(open, "Odwołała", "odwolala@example.org", RegistrationStatus.CANCELLED);

        Card card = PanelCards.of(mvc, fixtures.as(admin)).get("rops-events-this-week");

        String api = mvc.perform(get("/api/v1/events").param("from", monday.toString())
                        .param("to", monday.plusDays(6).toString()).param("status", "PUBLISHED").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card.count()).isEqualTo(((Number) JsonPath.read(api, "$.totalElements")).longValue()).isEqualTo(2);
        assertThat(card.items()).containsExactly(
                new Item("Spotkanie sieci PES", "/events/" + open,
                        morning.format(DAY_AND_TIME) + ", zapisanych: 1 (bez limitu miejsc)"),
                new Item("Warsztaty z księgowości", "/events/" + full,
                        morning.plusHours(3).format(DAY_AND_TIME) + ", 4 / 4 miejsc (100%), na liście rezerwowej: 1"));
        assertThat(card.title()).contains(monday.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void aWeekWithoutPublishedEventsSaysSo() throws Exception {
        Card card = PanelCards.of(mvc, fixtures.as(admin)).get("rops-events-this-week");

        assertThat(card.count()).isZero();
        assertThat(card.empty()).isEqualTo("W tym tygodniu nie ma opublikowanych wydarzeń.");
    }

    @Test
    void overlapsAreThePairsThePlanApiReportsForItsDefaultSixMonths() throws Exception {
        OffsetDateTime day = LocalDate.now(WARSAW).plusMonths(1).withDayOfMonth(10).atTime(10, 0).atZone(WARSAW)
                .toOffsetDateTime();
        long first = planned(north, "Księgowość w spółdzielni", day, "ACCOUNTING");
        planned(south, "Rachunkowość PES", day.plusDays(3), "ACCOUNTING");
        planned(south, "Marketing PES", day.plusDays(4), "MARKETING");

        Card card = PanelCards.of(mvc, fixtures.as(admin)).get("rops-plan-overlaps");

        String api = mvc.perform(get("/api/v1/events/plan/overlaps").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card.count()).isEqualTo(((List<?>) JsonPath.read(api, "$")).size()).isEqualTo(1);
        assertThat(card.items()).containsExactly(new Item("Księgowość w spółdzielni i Rachunkowość PES",
                "/events/plan?from=" + java.time.YearMonth.from(day) + "#overlaps-heading",
                "OWES Północ / OWES Południe, 3 dni odstępu"));
        assertThat(first).isPositive();

        jdbc.sql("delete from event").update();
        assertThat(PanelCards.of(mvc, fixtures.as(admin)).get("rops-plan-overlaps").empty())
                .isEqualTo("W planie na najbliższe 6 miesięcy nic się nie dubluje.");
    }

    @Test
    void gminasWithoutActivityAreThoseOfTheCoverageViewAndAnEventOrSupportTakesAGminaOff() throws Exception {
        long before = PanelCards.of(mvc, fixtures.as(admin)).get("rops-gminas-without-activity").count();
        fixtures.event(north, "Spotkanie w Gdańsku", ParticipantFixtures.day(-10, 10), 2, null);
        OrganisationView pes = support.pes("Spółdzielnia Socjalna Bytów", "2201023");
        support.record(pes, north, LocalDate.now(WARSAW).minusDays(20), "2", pl.koordynator.es.support.SupportForm.CONSULTING);

        Card card = PanelCards.of(mvc, fixtures.as(admin)).get("rops-gminas-without-activity");

        String api = mvc.perform(get("/api/v1/events/plan/coverage").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card.count()).isEqualTo(((Number) JsonPath.read(api, "$.withoutActivity")).longValue())
                .isEqualTo(before - 2);
        assertThat(card.items()).hasSize(5).allSatisfy(item -> assertThat(item.url()).startsWith("/map/gmina/22"))
                .noneMatch(item -> item.url().endsWith("2261011") || item.url().endsWith("2201023"));
        assertThat(card.moreUrl()).isEqualTo("/events/plan/coverage");
    }

    @Test
    void whenEveryGminaHadAnEventTheCoverageCardSaysSo() throws Exception {
        jdbc.sql("""
                insert into event (type, title, organiser_name, starts_at, ends_at, gmina_teryt, status, created_by)
                select 'MEETING', 'Spotkanie', 'ROPS', now() - interval '30 days', now() - interval '29 days', teryt,
                    'PUBLISHED', 'test'
                from territorial_unit where level = 'GMINA' and not historical""").update();

        Card card = PanelCards.of(mvc, fixtures.as(admin)).get("rops-gminas-without-activity");

        assertThat(card.count()).isZero();
        assertThat(card.items()).isEmpty();
        assertThat(card.empty()).isEqualTo("Każda gmina miała w ciągu 12 miesięcy wydarzenie lub wsparcie.");
    }

    private long planned(OrganisationView organiser, String title, OffsetDateTime startsAt, String topic) {
        return jdbc.sql("""
                insert into event (type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, topics,
                    status, created_by)
                values ('TRAINING', :title, :organiser, :name, :starts, :ends, '2261011', cast(:topics as varchar[]),
                    'DRAFT', 'test') returning id""")
                .param("title", title).param("organiser", organiser.id()).param("name", organiser.name())
                .param("starts", startsAt).param("ends", startsAt.plusHours(3)).param("topics", "{" + topic + "}")
                .query(Long.class).single();
    }
}
