package pl.koordynator.es.events;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.events.domain.RegistrationService;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The numbers of confirmed and waiting people an event shows are kept as registrations come and go
 * (V43), so they must always equal a recount of the registrations themselves; a waiting person's
 * place in the queue moves up as places are given.
 */
class RegistrationCountsTest extends IntegrationTest {

    private static final String RECOUNT_DIFFERENCES = """
            select count(*) from (
                select coalesce(c.confirmed, 0) kept_confirmed, coalesce(c.waitlisted, 0) kept_waitlisted,
                    (select count(*) from event_registration r where r.event_id = e.id and r.status = 'CONFIRMED') confirmed,
                    (select count(*) from event_registration r where r.event_id = e.id and r.status = 'WAITLISTED') waitlisted
                from event e left join event_registration_count c on c.event_id = e.id) numbers
            where kept_confirmed <> confirmed or kept_waitlisted <> waitlisted""";

    @Autowired
    EventsFixtures fixtures;

    @Autowired
    RegistrationService registrations;

    @Test
    void theNumbersAnEventShowsFollowRegistrationsCancellationsAndPromotions() throws Exception {
        EventView event = fixtures.published(fixtures.training("Ekonomia społeczna w gminie", 2));
        for (String person : new String[] {"anna", "jan", "ewa", "piotr", "maria"}) {
            register(event, person);
        }
        assertNumbers(event, 2, 3);
        assertThat(positionOf("ewa")).isEqualTo(1);
        assertThat(positionOf("maria")).isEqualTo(3);

        registrations.cancel(tokenOf("anna"));
        assertNumbers(event, 2, 2);
        assertThat(statusOf("ewa")).as("the first waiting person got Anna's place").isEqualTo("CONFIRMED");
        assertThat(positionOf("piotr")).as("everybody waiting moves up").isEqualTo(1);
        assertThat(positionOf("maria")).isEqualTo(2);

        registrations.cancel(tokenOf("maria"));
        assertNumbers(event, 2, 1);

        register(event, "anna");
        assertNumbers(event, 2, 2);
        assertThat(jdbc.sql(RECOUNT_DIFFERENCES).query(Long.class).single()).isZero();
    }

    @Test
    void anEventWithoutRegistrationsShowsZeroAndADeletedEventLeavesNoNumbers() throws Exception {
        EventView empty = fixtures.published(fixtures.training("Spotkanie sieciujące", 10));
        assertNumbers(empty, 0, 0);

        EventView event = fixtures.published(fixtures.training("Warsztaty z klauzul społecznych", 1));
        register(event, "anna");
        register(event, "jan");
        assertNumbers(event, 1, 1);
        jdbc.sql("delete from event where id = :id").param("id", event.id()).update();

        assertThat(jdbc.sql("select count(*) from event_registration_count where event_id = :id")
                .param("id", event.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql(RECOUNT_DIFFERENCES).query(Long.class).single()).isZero();
    }

    private void register(EventView event, String person) throws Exception {
        mvc.perform(post("/api/v1/events/" + event.id() + "/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s Nowak", "email": "%s@example.pl", "consent": true, "altcha": "%s"}"""
                                .formatted(person, person, challenges.solved())))
                .andExpect(status().isCreated());
    }

    private void assertNumbers(EventView event, int confirmed, int waitlisted) throws Exception {
        mvc.perform(get("/api/v1/events/" + event.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(confirmed))
                .andExpect(jsonPath("$.waitlisted").value(waitlisted));
    }

    private UUID tokenOf(String person) {
        return jdbc.sql("select token from event_registration where email = :email and status <> 'CANCELLED'")
                .param("email", person + "@example.pl").query(UUID.class).single();
    }

    private int positionOf(String person) {
        return registrations.own(tokenOf(person)).orElseThrow().position();
    }

    private String statusOf(String person) {
        return jdbc.sql("select status from event_registration where email = :email and status <> 'CANCELLED'")
                .param("email", person + "@example.pl").query(String.class).single();
    }
}
