package pl.koordynator.es.events.domain;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's events load once, pass the rules, and include what the demo tour shows. */
class EventsDemoDataTest extends IntegrationTest {

    @Autowired
    DemoDataSets demoDataSets;

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Organisations organisations;
    @Autowired
    Territory territory;
    @Autowired
    EventRules rules;
    @Autowired
    EventRepository events;
    @Autowired
    RegistrationRepository registrations;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    Clock clock;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'events'").update();
    }

    @Test
    void loadsFortyThreeEventsOnceWithAttendanceACampaignAndAnOverlap() {
        registry.owes("OWES Północ (DEMO)", EventsFixtures.GDANSK);
        registry.owes("OWES Południe (DEMO)", EventsFixtures.GDYNIA);
        registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Razem (DEMO)", EventsFixtures.GDANSK));
        EventsDemoData demo = new EventsDemoData(new Installation(true, true), demoDataSets, organisations, territory,
                rules, events, registrations, jdbc, clock, transaction);

        demo.initialize();
        demo.initialize();

        assertThat(count("select count(*) from event")).isEqualTo(43);
        assertThat(count("select count(*) from event where organiser_id is null")).isGreaterThan(5);
        assertThat(count("select count(*) from event where type = 'CAMPAIGN' and people_reached > 0")).isOne();
        assertThat(count("""
                select count(*) from event e where e.starts_at < now()
                  and not exists (select 1 from event_registration r where r.event_id = e.id and r.attended)
                  and e.type <> 'CAMPAIGN'""")).as("every past event has attendees").isZero();
        assertThat(count("""
                select count(*) from event_registration r join event e on e.id = r.event_id
                where r.attended and e.starts_at > now()""")).as("nobody attended a coming event").isZero();
        assertThat(count("select count(distinct organisation_id) from event_registration where attended"))
                .as("attendees come from the demo PES").isOne();
        assertThat(count("""
                select count(*) from event a join event b on a.id < b.id and a.type = b.type
                  and a.topics && b.topics and left(a.gmina_teryt, 4) = left(b.gmina_teryt, 4)
                  and a.organiser_id <> b.organiser_id and abs(extract(epoch from b.starts_at - a.starts_at)) <= 14 * 86400
                where a.starts_at > now()""")).isGreaterThanOrEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
