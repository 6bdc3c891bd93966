package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueFixtures;
import pl.koordynator.es.catalogue.CatalogueFixtures.Pes;
import pl.koordynator.es.catalogue.CatalogueOfferings;
import pl.koordynator.es.catalogue.OfferInput;
import pl.koordynator.es.publicservices.Capacity;
import pl.koordynator.es.publicservices.Opportunity;
import pl.koordynator.es.publicservices.OpportunityKind;
import pl.koordynator.es.publicservices.ProcurementMatching;
import pl.koordynator.es.publicservices.PublicServicesFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's matching: the PES {@code demo.pes} acts for declares a capacity from its offers (its
 * powiat, a largest value above the demo procurements) and, like the OWES of {@code demo.owes}, opts
 * in to the digest, once; with the demo procurements it has opportunities to show.
 */
class MatchingDemoDataTest extends IntegrationTest {

    @Autowired
    DemoDataSets demoDataSets;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Organisations organisations;
    @Autowired
    CatalogueOfferings offerings;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CatalogueFixtures catalogue;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    PublicServicesFixtures fixtures;
    @Autowired
    PublicServicesDemoData procurementsDemo;
    @Autowired
    ProcurementMatching matching;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'publicservices-matching'").update();
    }

    @Test
    void theDemoPesDeclaresItsCapacityBothOptInOnceAndThePesHasOpportunities() {
        Pes pes = catalogue.pes("Spółdzielnia Socjalna „Demo” (DEMO)", Kind.SOCIAL_COOPERATIVE,
                PublicServicesFixtures.GDANSK, "Gdańsk", false);
        catalogue.published(pes, withCpv(CatalogueFixtures.input(pes.id(), "Obiady dla szkół",
                "Ciepłe obiady dla szkół.", "CATERING_MEALS"), "55524000-9"));
        OrganisationView owes = registry.owes("OWES Demo (DEMO)", PublicServicesFixtures.GDANSK);
        fixtures.jst("Gmina Miasta Gdańska (DEMO)", PublicServicesFixtures.GDANSK);
        UserView demoPes = users.create("demo.pes", Role.PES, pes.id());
        users.create("demo.owes", Role.OWES, owes.id());
        procurementsDemo.load(RegionDate.today());
        MatchingDemoData demo = new MatchingDemoData(new Installation(true, true), demoDataSets, accounts,
                organisations, offerings, jdbc, transaction);

        demo.initialize();
        demo.initialize();

        Capacity capacity = fixtures.as(demoPes, () -> matching.capacity(pes.id()));
        assertThat(capacity.categories()).containsExactly("CATERING");
        assertThat(capacity.cpvDivisions()).containsExactly("55");
        assertThat(capacity.areaScope()).isEqualTo(AreaScope.POWIATS);
        assertThat(capacity.areaTeryts()).containsExactly(PublicServicesFixtures.GDANSK_POWIAT);
        assertThat(capacity.maxValue()).isEqualByComparingTo(new BigDecimal(MatchingDemoData.LARGEST_VALUE));
        assertThat(jdbc.sql("select organisation_id from publicservices_digest_subscription where opted_in")
                .query(Long.class).list()).containsExactlyInAnyOrder(pes.id(), owes.id());
        assertThat(jdbc.sql("select count(*) from publicservices_capacity").query(Long.class).single()).isOne();

        List<Opportunity> opportunities = fixtures.as(demoPes, () -> matching.opportunities());
        assertThat(opportunities).as("the demo PES's opportunities among the demo procurements open for bids")
                .anySatisfy(opportunity -> {
                    assertThat(opportunity.kind()).isEqualTo(OpportunityKind.PROCUREMENT);
                    assertThat(opportunity.organisationId()).isEqualTo(pes.id());
                });
    }

    @Test
    void withoutTheDemoAccountsNothingIsDeclared() {
        new MatchingDemoData(new Installation(true, true), demoDataSets, accounts, organisations, offerings, jdbc,
                transaction).initialize();

        assertThat(jdbc.sql("select count(*) from publicservices_capacity").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from publicservices_digest_subscription").query(Long.class).single())
                .isZero();
    }

    private static OfferInput withCpv(OfferInput in, String cpv) {
        return new OfferInput(in.organisationId(), in.kind(), in.name(), in.categoryCode(), cpv, in.description(),
                in.priceAmount(), in.priceUnit(), in.priceOnRequest(), in.minimumOrder(), in.areaScope(),
                in.areaTeryts(), in.leadTime(), in.contactRoute(), in.contactEmail(), in.contactPhone(),
                in.contactWebsite());
    }
}
