package pl.koordynator.es.networks.domain;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.networks.NetworksFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's networks and ties load once, pass the rules, and show ties of PES with business rising. */
class NetworksDemoDataTest extends IntegrationTest {

    @Autowired
    DemoDataSets demoDataSets;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Organisations organisations;
    @Autowired
    NetworkService networks;
    @Autowired
    TieService ties;
    @Autowired
    OfferBoard offers;
    @Autowired
    NetworkMeasures measures;
    @Autowired
    NetworksFixtures fixtures;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    Clock clock;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'networks'").update();
    }

    @Test
    void loadsFourNetworksAndAboutOneHundredFiftyTiesOnceWithPesBusinessTiesRising() {
        for (int i = 0; i < 4; i++) {
            registry.owes("OWES " + i + " (DEMO)", NetworksFixtures.GDYNIA);
        }
        for (int i = 0; i < 30; i++) {
            fixtures.pes("Spółdzielnia Socjalna " + i + " (DEMO)", i % 2 == 0 ? NetworksFixtures.GDANSK
                    : NetworksFixtures.GDYNIA);
            fixtures.organisation("Stowarzyszenie " + i + " (DEMO)", Kind.NGO, NetworksFixtures.GDANSK);
        }
        for (int i = 0; i < 15; i++) {
            fixtures.organisation("Przedsiębiorstwo " + i + " (DEMO)", Kind.BUSINESS, NetworksFixtures.GDANSK);
            fixtures.organisation("Urząd Gminy " + i + " (DEMO)", Kind.JST, NetworksFixtures.GDYNIA);
        }
        for (int i = 0; i < 5; i++) {
            fixtures.organisation("Uczelnia " + i + " (DEMO)", Kind.SCIENCE, NetworksFixtures.GDYNIA);
            fixtures.organisation("CIS " + i + " (DEMO)", Kind.CIS, NetworksFixtures.GDANSK);
        }
        NetworksDemoData demo = new NetworksDemoData(new Installation(true, true), demoDataSets, organisations,
                networks, ties, offers, clock, transaction);

        demo.initialize();
        demo.initialize();

        assertThat(count("select count(*) from network")).isEqualTo(4);
        assertThat(count("select count(*) from tie")).isBetween(140L, 150L);
        assertThat(count("select count(*) from tie where not confirmed")).isPositive();
        assertThat(count("select count(*) from cooperation_offer")).isEqualTo(8);
        int year = LocalDate.now(clock).getYear();
        long previous = -1;
        for (int y = year - 4; y <= year; y++) {
            long business = measures.measures(y, "region").rows().get(0).newBySectors().getOrDefault("PES_BUSINESS",
                    0L);
            assertThat(business).as("new PES–business ties in %d", y).isGreaterThan(previous);
            previous = business;
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
