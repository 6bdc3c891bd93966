package pl.koordynator.es.needs.domain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.OwesDirectory;
import pl.koordynator.es.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's needs load once, pass the rules and belong to organisations of the demo register. */
class NeedsDemoDataTest extends IntegrationTest {

    @Autowired
    DemoDataSets demoDataSets;

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    NeedService needs;
    @Autowired
    Organisations organisations;
    @Autowired
    OwesDirectory owes;
    @Autowired
    Territory territory;
    @Autowired
    NeedsFixtures fixtures;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'needs'").update();
    }

    @Test
    void loadsAboutTwentyNeedsOnceMostlyPublishedAndAttributedToDemoOrganisations() {
        // as in the demo register: the OWES first, then the organisations of every kind
        OrganisationView owesCentre = fixtures.organisation("OWES subregionu (DEMO)", Kind.OWES, NeedsFixtures.GDYNIA);
        OrganisationView cooperative = fixtures.organisation("Spółdzielnia Socjalna „Razem” (DEMO 1)",
                Kind.SOCIAL_COOPERATIVE, NeedsFixtures.GDANSK);
        OrganisationView gmina = fixtures.organisation("Urząd Gminy Czarna Dąbrówka (DEMO 2)", Kind.JST,
                NeedsFixtures.CZARNA_DABROWKA);
        NeedsDemoData demo = new NeedsDemoData(new Installation(true, true), demoDataSets, needs, organisations, owes,
                territory, transaction);

        demo.initialize();
        demo.initialize();

        assertThat(count("true")).isEqualTo(NeedsDemoData.NEEDS.size()).isBetween(18L, 24L);
        assertThat(count("status = 'PUBLISHED'")).isGreaterThan(count("status <> 'PUBLISHED'"));
        assertThat(count("status = 'SUBMITTED'")).isBetween(3L, 5L);
        assertThat(count("status = 'REJECTED'")).isOne();
        assertThat(count("title = 'Brak miejsc reintegracji dla osób długotrwale bezrobotnych w gminie Czarna Dąbrówka'"
                + " and organisation_id = " + gmina.id())).isOne();
        assertThat(count("submitted_by = 'demo.pes' and organisation_id = " + cooperative.id()
                + " and gmina_teryt = '" + NeedsFixtures.GDANSK + "' and status = '" + NeedStatus.SUBMITTED + "'"))
                .isOne();
        assertThat(count("submitted_by = 'demo.partner' and organisation_id = " + gmina.id())).isOne();
        assertThat(count("submitted_by = 'demo.owes' and organisation_id = " + owesCentre.id()
                + " and gmina_teryt = '" + NeedsFixtures.GDYNIA + "'")).isOne();
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from reported_need where " + condition).query(Long.class).single();
    }
}
