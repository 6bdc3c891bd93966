package pl.koordynator.es.events.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The OWES report's trainings and their participants come from the calendar, counted for that OWES only. */
class EventKnownValuesTest extends IntegrationTest {

    @Autowired
    EventKnownValues known;
    @Autowired
    EventsFixtures fixtures;

    @Test
    void countsTheOwessHeldTrainingsAndThePeopleCheckedInAtThem() {
        OrganisationView north = fixtures.owes("OWES Północ");
        OrganisationView south = fixtures.owes("OWES Południe");
        insert(north, "TRAINING", "2025-02-10T10:00:00+01:00", "PUBLISHED", 3, 2);
        insert(north, "TRAINING", "2025-03-31T10:00:00+02:00", "PUBLISHED", 2, 2);
        insert(north, "TRAINING", "2025-04-01T10:00:00+02:00", "PUBLISHED", 5, 5);
        insert(north, "TRAINING", "2025-03-05T10:00:00+01:00", "CANCELLED", 4, 0);
        insert(north, "WORKSHOP", "2025-03-06T10:00:00+01:00", "PUBLISHED", 4, 4);
        insert(south, "TRAINING", "2025-03-07T10:00:00+01:00", "PUBLISHED", 4, 4);

        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        assertThat(known.value(north.id(), "TRAININGS", from, to)).get().extracting(KnownValue::value)
                .isEqualTo(BigDecimal.valueOf(2));
        assertThat(known.value(north.id(), "TRAINING_PARTICIPANTS", from, to)).get().extracting(KnownValue::value)
                .isEqualTo(BigDecimal.valueOf(4));
        assertThat(known.value(south.id(), "TRAININGS", from, to)).get().extracting(KnownValue::value)
                .isEqualTo(BigDecimal.ONE);
        assertThat(known.value(north.id(), "JOBS_CREATED", from, to)).isEmpty();
        assertThat(known.value(fixtures.owes("OWES bez wydarzeń").id(), "TRAININGS", from, to))
                .as("an OWES that keeps no events here gets no prefilled zero").isEmpty();
    }

    private void insert(OrganisationView organiser, String type, String start, String status, int registered,
            int attended) {
        long id = jdbc.sql("""
                insert into event (type, title, organiser_id, organiser_name, starts_at, ends_at, online_url, status,
                    created_by)
                values (:type, 'Szkolenie testowe', :organiser, :name, cast(:start as timestamptz),
                    cast(:start as timestamptz) + interval '4 hours', 'https://example.pl/s', :status, 'test')
                returning id""")
                .param("type", type).param("organiser", organiser.id()).param("name", organiser.name())
                .param("start", start).param("status", status).query(Long.class).single();
        for (int i = 0; i < registered; i++) {
            jdbc.sql("""
                    insert into event_registration (event_id, name, email, consent_at, consent_version, status, token,
                        attended)
                    values (:event, 'Osoba', :email, now(), 'test', 'CONFIRMED', gen_random_uuid(), :attended)""")
                    .param("event", id).param("email", "osoba" + i + "@example.pl").param("attended", i < attended)
                    .update();
        }
    }
}
