package pl.koordynator.es.networks.domain;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.networks.NetworksFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;

/**
 * The networks' demo data on a small register of each kind, for tests that look at the pages
 * as a first start with demo data shows them (the browser tests' screenshots).
 */
@Component
public class NetworksDemoLoader {

    private final DemoDataSets demoDataSets;
    private final TransactionTemplate transaction;
    private final Organisations organisations;
    private final NetworkService networks;
    private final TieService ties;
    private final OfferBoard offers;
    private final NetworksFixtures fixtures;
    private final RegistryFixtures registry;
    private final Clock clock;

    NetworksDemoLoader(DemoDataSets demoDataSets, TransactionTemplate transaction, Organisations organisations,
            NetworkService networks, TieService ties, OfferBoard offers, NetworksFixtures fixtures,
            RegistryFixtures registry, Clock clock) {
        this.demoDataSets = demoDataSets;
        this.transaction = transaction;
        this.organisations = organisations;
        this.networks = networks;
        this.ties = ties;
        this.offers = offers;
        this.fixtures = fixtures;
        this.registry = registry;
        this.clock = clock;
    }

    /** Organisations of every kind the demo ties join, then the demo's networks, ties and offers. */
    public void load() {
        for (int i = 0; i < 4; i++) {
            registry.owes("OWES " + (i + 1) + " (DEMO)", NetworksFixtures.GDYNIA);
        }
        for (int i = 0; i < 30; i++) {
            fixtures.pes("Spółdzielnia Socjalna „Przystań " + (i + 1) + "” (DEMO)", i % 2 == 0 ? NetworksFixtures.GDANSK
                    : NetworksFixtures.GDYNIA);
            fixtures.organisation("Stowarzyszenie „Razem " + (i + 1) + "” (DEMO)", Kind.NGO, NetworksFixtures.GDANSK);
        }
        for (int i = 0; i < 15; i++) {
            fixtures.organisation("Przedsiębiorstwo Usługowe " + (i + 1) + " sp. z o.o. (DEMO)", Kind.BUSINESS,
                    NetworksFixtures.GDANSK);
            fixtures.organisation("Urząd Gminy " + (i + 1) + " (DEMO)", Kind.JST, NetworksFixtures.GDYNIA);
        }
        for (int i = 0; i < 5; i++) {
            fixtures.organisation("Uczelnia Pomorska " + (i + 1) + " (DEMO)", Kind.SCIENCE, NetworksFixtures.GDYNIA);
            fixtures.organisation("Centrum Integracji Społecznej " + (i + 1) + " (DEMO)", Kind.CIS,
                    NetworksFixtures.GDANSK);
        }
        new NetworksDemoData(new Installation(true, true), demoDataSets, organisations, networks, ties, offers, clock,
                transaction).initialize();
    }
}
