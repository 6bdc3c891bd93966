package pl.koordynator.es.events;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.events.PlanFixtures.BYTOW;
import static pl.koordynator.es.events.PlanFixtures.CZARNA_DABROWKA;
import static pl.koordynator.es.events.PlanFixtures.GDANSK;

/** The shared activity plan as an OWES adviser and ROPS see it, and its API. */
class PlanPagesTest extends IntegrationTest {

    @Autowired
    RegistryFixtures registry;

    private PlanFixtures events;
    private OrganisationView kaszuby;
    private OrganisationView pomorze;
    private YearMonth next;

    @BeforeEach
    void organisers() {
        events = new PlanFixtures(jdbc);
        kaszuby = registry.owes("OWES Kaszuby", BYTOW);
        pomorze = registry.owes("OWES Pomorze Środkowe", GDANSK);
        next = YearMonth.now(PlanFixtures.WARSAW).plusMonths(1);
    }

    private RequestPostProcessor owesAdviser() {
        UserView adviser = users.create("doradca-" + System.nanoTime(), Role.OWES, kaszuby.id());
        return user(users.principal(adviser));
    }

    /** Two OWES plan a training on the law in the bytowski powiat ten days apart. */
    private long[] twoTrainingsTenDaysApart() {
        long first = events.event("Prawo spółdzielni socjalnych", EventType.TRAINING, kaszuby.id(), kaszuby.name(),
                next.atDay(5).atTime(10, 0), BYTOW, EventStatus.PUBLISHED, EventTopic.LEGAL, EventTopic.MARKETING);
        long second = events.event("Ustawa o ekonomii społecznej w praktyce", EventType.TRAINING, pomorze.id(),
                pomorze.name(), next.atDay(15).atTime(9, 0), CZARNA_DABROWKA, EventStatus.DRAFT, EventTopic.LEGAL);
        return new long[] {first, second};
    }

    @Test
    void twoOwesPlanningATrainingOnTheLawInOnePowiatTenDaysApartAreFlaggedOnThePlan() throws Exception {
        twoTrainingsTenDaysApart();
        // the same OWES twice, and a training on the law in another powiat: neither is a duplicate
        events.event("Prawo dla zaawansowanych", EventType.TRAINING, kaszuby.id(), kaszuby.name(),
                next.atDay(8).atTime(10, 0), CZARNA_DABROWKA, EventStatus.PUBLISHED, EventTopic.LEGAL);
        events.event("Prawo w Gdańsku", EventType.TRAINING, pomorze.id(), pomorze.name(),
                next.atDay(6).atTime(10, 0), GDANSK, EventStatus.PUBLISHED, EventTopic.LEGAL);
        events.event("Odwołane szkolenie", EventType.TRAINING, null, "ROPS w Gdańsku",
                next.atDay(7).atTime(10, 0), BYTOW, EventStatus.CANCELLED, EventTopic.LEGAL);

        mvc.perform(get("/events/plan").with(owesAdviser()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wspólny plan działań OWES i ROPS"),
                        containsString("Możliwe dublowanie działań"), containsString("Szkolenie, odstęp 10 dni."),
                        containsString("prawo"), containsString("Prawo spółdzielni socjalnych"),
                        containsString("Ustawa o ekonomii społecznej w praktyce"), containsString("OWES Pomorze Środkowe"),
                        containsString("planowane"), containsString("gm. Bytów, pow. bytowski"),
                        containsString(next.atDay(5).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 10:00"),
                        containsString("Działania w wybranym okresie: 4"),
                        containsString("<span aria-hidden=\"true\">" + String.format("%02d.%d", next.getMonthValue(),
                                next.getYear()) + "</span>"),
                        containsString("/events/plan?from=" + next + "&amp;months=1&amp;powiat=2201#events"),
                        containsString("Plan działań OWES"))))
                .andExpect(content().string(not(containsString("Odwołane szkolenie"))))
                .andExpect(content().string(not(containsString("odstęp 3 dni"))))
                .andExpect(content().string(not(containsString("odstęp 1 dni"))));
    }

    @Test
    void theApiListsTheOverlappingPairOnceWithTheSharedTopicsAndTheDistance() throws Exception {
        twoTrainingsTenDaysApart();

        mvc.perform(get("/api/v1/events/plan/overlaps").param("from", next.atDay(1).toString())
                        .param("to", next.atEndOfMonth().toString()).with(users.as(Role.COMMITTEE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].first.title").value("Prawo spółdzielni socjalnych"))
                .andExpect(jsonPath("$[0].first.organiserId").value(kaszuby.id()))
                .andExpect(jsonPath("$[0].first.organiserName").value("OWES Kaszuby"))
                .andExpect(jsonPath("$[0].first.powiatTeryt").value("2201"))
                .andExpect(jsonPath("$[0].second.title").value("Ustawa o ekonomii społecznej w praktyce"))
                .andExpect(jsonPath("$[0].second.organiserId").value(pomorze.id()))
                .andExpect(jsonPath("$[0].type").value("TRAINING"))
                .andExpect(jsonPath("$[0].topics", hasSize(1)))
                .andExpect(jsonPath("$[0].topics[0]").value("LEGAL"))
                .andExpect(jsonPath("$[0].daysApart").value(10));

        // a range that ends before the second training still reports the pair of its first one
        mvc.perform(get("/api/v1/events/plan/overlaps").param("from", next.atDay(1).toString())
                        .param("to", next.atDay(6).toString()).with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void badDatesInTheApiAreRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/events/plan/overlaps").param("from", "2026-13-01").with(users.as(Role.OWES)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/events/plan/overlaps").param("from", "2026-11-01").param("to", "2026-10-01")
                        .with(users.as(Role.OWES)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void aMistypedRangeIsExplainedBesideItsFieldAndTheDefaultPlanShown() throws Exception {
        mvc.perform(get("/events/plan").param("from", "2026-13").param("months", "30").param("type", "PICNIC")
                        .param("powiat", "2201").with(owesAdviser()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"from-error\" class=\"invalid-feedback\">Podaj miesiąc w formacie RRRR-MM, np. 2026-11."),
                        containsString("id=\"months-error\" class=\"invalid-feedback\">Liczba miesięcy musi być liczbą całkowitą od 1 do 24."),
                        containsString("Wybierz rodzaj działania z listy."),
                        containsString("value=\"2026-13\""), containsString("value=\"30\""),
                        containsString("Popraw wskazane pola."),
                        // the valid powiat filter is kept
                        containsString("<option value=\"2201\" selected=\"selected\">bytowski</option>"))))
                .andExpect(content().string(not(containsString(">chojnicki</th>"))));
    }

    @Test
    void filtersNarrowTheListToOneOrganiserAndShowOnlineEventsInTheirOwnRow() throws Exception {
        long[] trainings = twoTrainingsTenDaysApart();
        long own = trainings[0];
        long other = trainings[1];
        events.event("Webinarium o finansowaniu", EventType.SEMINAR, kaszuby.id(), kaszuby.name(),
                next.atDay(20).atTime(12, 0), null, EventStatus.PUBLISHED, EventTopic.FINANCING);

        mvc.perform(get("/events/plan").param("from", next.toString()).param("months", "2")
                        .param("organiser", String.valueOf(kaszuby.id())).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Prawo spółdzielni socjalnych"),
                        containsString("Webinarium o finansowaniu"), containsString("Działania w wybranym okresie: 2"),
                        containsString("/events/plan?from=" + next + "&amp;months=1&amp;powiat=online&amp;organiser="
                                + kaszuby.id() + "#events"))))
                // the other OWES's training is named only in the overlap warning, not in the list
                .andExpect(content().string(not(containsString("<p class=\"mb-1 text-break\"><a href=\"/events/" + other + "\""))))
                .andExpect(content().string(containsString("<p class=\"mb-1 text-break\"><a href=\"/events/" + own + "\"")))
                .andExpect(content().string(containsString("Możliwe dublowanie działań")));

        mvc.perform(get("/events/plan").param("from", next.toString()).param("months", "1").param("powiat", "online")
                        .with(users.as(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("Webinarium o finansowaniu"),
                        containsString("Działania w wybranym okresie: 1"))));
    }

    @Test
    void coverageCountsPublishedEventsThatHaveTakenPlaceOnly() throws Exception {
        LocalDate today = LocalDate.now(PlanFixtures.WARSAW);
        events.event("Spotkanie w Bytowie", EventType.MEETING, kaszuby.id(), kaszuby.name(),
                today.minusMonths(2).atTime(10, 0), BYTOW, EventStatus.PUBLISHED, EventTopic.COOPERATION);
        events.event("Przyszłe spotkanie", EventType.MEETING, kaszuby.id(), kaszuby.name(),
                today.plusDays(3).atTime(10, 0), CZARNA_DABROWKA, EventStatus.PUBLISHED, EventTopic.COOPERATION);
        events.event("Odwołane spotkanie", EventType.MEETING, kaszuby.id(), kaszuby.name(),
                today.minusMonths(1).atTime(10, 0), CZARNA_DABROWKA, EventStatus.CANCELLED, EventTopic.COOPERATION);
        events.event("Dawne spotkanie", EventType.MEETING, kaszuby.id(), kaszuby.name(),
                today.minusMonths(13).atTime(10, 0), PlanFixtures.BORZYTUCHOM, EventStatus.PUBLISHED,
                EventTopic.COOPERATION);

        mvc.perform(get("/api/v1/events/plan/coverage").with(users.as(Role.OWES)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value(today.toString()))
                .andExpect(jsonPath("$.from").value(today.minusMonths(12).plusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(123))
                .andExpect(jsonPath("$.withoutActivity").value(122))
                .andExpect(jsonPath("$.gminas", hasSize(123)))
                .andExpect(jsonPath("$.gminas[122].teryt").value(BYTOW))
                .andExpect(jsonPath("$.gminas[122].name").value("Bytów"))
                .andExpect(jsonPath("$.gminas[122].powiatTeryt").value("2201"))
                .andExpect(jsonPath("$.gminas[122].powiatName").value("bytowski"))
                .andExpect(jsonPath("$.gminas[122].events").value(1))
                .andExpect(jsonPath("$.gminas[122].otherActivities").value(0))
                .andExpect(jsonPath("$.gminas[?(@.teryt == '" + CZARNA_DABROWKA + "')].events").value(0));

        mvc.perform(get("/events/plan/coverage").with(users.as(Role.COMMITTEE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Gminy bez działań w ostatnich 12 miesiącach"),
                        containsString("122 z 123 gmin bez działań"), containsString("Powiat bytowski"),
                        containsString("Człuchów</a>\n                            <span class=\"text-body-secondary\">(miejska)</span>"),
                        containsString("href=\"/map/gmina/" + CZARNA_DABROWKA + "\""),
                        containsString("href=\"/map/gmina/" + PlanFixtures.BORZYTUCHOM + "\""))));

        mvc.perform(get("/events/plan/coverage.csv").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BYTOW + ";Bytów;2201;bytowski;1;0")));
    }

    @Test
    void pesAndPartnersDoNotSeeThePlan() throws Exception {
        mvc.perform(get("/events/plan").with(users.as(Role.PES))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/plan/coverage").with(users.as(Role.PARTNER))).andExpect(status().isForbidden());
    }
}
