package pl.koordynator.es.support.domain;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.support.SupportFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's support records load once, pass the rules and spread over the demo OWES, PES and two years. */
class SupportDemoDataTest extends pl.koordynator.es.testing.IntegrationTest {

    @Autowired
    DemoDataSets demoDataSets;

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Organisations organisations;
    @Autowired
    SupportService support;
    @Autowired
    SupportFixtures fixtures;
    @Autowired
    Clock clock;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'support'").update();
    }

    @Test
    void loadsAboutTwoHundredRecordsOnceOverTheLastEightQuartersByTheServingOwes() {
        var north = fixtures.owes("OWES Pomorze Północne (DEMO)");
        var south = fixtures.owes("OWES Pomorze Południowe (DEMO)");
        for (int i = 1; i <= 12; i++) {
            fixtures.pes("Spółdzielnia Socjalna (DEMO " + i + ")");
        }
        SupportDemoData demo = new SupportDemoData(new Installation(true, true), demoDataSets, organisations, support,
                clock, transaction);

        demo.initialize();
        demo.initialize();

        assertThat(count("true")).isEqualTo(SupportDemoData.RECORDS);
        assertThat(count("owes_id = " + north.id())).isPositive();
        assertThat(count("owes_id = " + south.id())).isPositive();
        assertThat(count("support_date > current_date")).isZero();
        assertThat(count("support_date < current_date - 800")).isZero();
        assertThat(count("support_date < current_date - 550")).isPositive();
        assertThat(count("form = 'CONSULTING'")).isGreaterThan(count("form <> 'CONSULTING'"));
        assertThat(jdbc.sql("select count(distinct organisation_id) from support_record").query(Long.class).single())
                .isEqualTo(12);
        assertThat(jdbc.sql("select count(distinct adviser) from support_record").query(Long.class).single())
                .isGreaterThan(3);
        List<String> notes = jdbc.sql("select distinct notes from support_record where notes is not null")
                .query(String.class).list();
        assertThat(notes).hasSizeGreaterThan(5);
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from support_record where " + condition).query(Long.class).single();
    }
}
