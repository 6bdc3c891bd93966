package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueOfferings;
import pl.koordynator.es.catalogue.CatalogueOfferings.Offering;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;

/**
 * The demo's matching: the PES that {@code demo.pes} acts for declares a capacity (the top categories
 * and CPV divisions of its published catalogue offers, or without any those of the demo procurement
 * {@link PublicServicesDemoData} opens in its gmina; its powiat; a largest value of
 * {@value #LARGEST_VALUE} zł, above every demo procurement open for bids) and opts in to the digest, and so does the OWES that {@code demo.owes} acts for. Written straight to the tables
 * in one transaction, as a first start has nobody signed in to pass the services' checks.
 */
@Component
class MatchingDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(MatchingDemoData.class);

    static final String LARGEST_VALUE = "500000.00";
    static final String NOTE = "Deklaracja demonstracyjna: obsługujemy cały powiat, także zamówienia w częściach.";

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final CatalogueOfferings offerings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    MatchingDemoData(Installation installation, DemoDataSets demoDataSets, UserAccounts accounts,
            Organisations organisations, CatalogueOfferings offerings, JdbcClient jdbc, TransactionTemplate transaction) {
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.accounts = accounts;
        this.organisations = organisations;
        this.offerings = offerings;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData() || !demoDataSets.claim("publicservices-matching")) {
                return;
            }
            int optedIn = load();
            log.info("Demo matching loaded: a declared capacity and {} digest subscription(s)", optedIn);
        });
    }

    /** Declares the demo PES's capacity and opts in the demo PES and OWES; how many organisations opted in. */
    int load() {
        int optedIn = 0;
        Optional<OrganisationView> pes = actingFor("demo.pes").filter(organisation -> organisation.kind().isPes());
        if (pes.isPresent()) {
            declare(pes.get());
            optedIn += optIn(pes.get().id());
        }
        Optional<OrganisationView> owes = actingFor("demo.owes").filter(organisation -> organisation.kind() == Kind.OWES);
        if (owes.isPresent()) {
            optedIn += optIn(owes.get().id());
        }
        return optedIn;
    }

    private Optional<OrganisationView> actingFor(String username) {
        return accounts.idAtStartup(username).flatMap(accounts::find).map(UserView::organisationId)
                .flatMap(organisations::find);
    }

    private void declare(OrganisationView pes) {
        Set<String> categories = new LinkedHashSet<>();
        Set<String> divisions = new LinkedHashSet<>();
        for (Offering offering : offerings.publishedOfferings()) {
            if (offering.organisationId() != pes.id()) {
                continue;
            }
            categories.add(offering.topCategoryCode());
            if (offering.cpvCode() != null && offering.cpvCode().length() >= 2) {
                divisions.add(offering.cpvCode().substring(0, 2));
            }
        }
        if (categories.isEmpty()) {
            // the subject of the demo procurement PublicServicesDemoData opens in its gmina then
            categories.add(PublicServicesDemoData.DEMO_PES_SUBJECT.category());
            divisions.add(PublicServicesDemoData.DEMO_PES_SUBJECT.cpv().substring(0, 2));
        }
        List<String> area = pes.powiatTeryt() != null ? List.of(pes.powiatTeryt()) : List.of();
        jdbc.sql("""
                insert into publicservices_capacity (organisation_id, categories, cpv_divisions, area_scope, area_teryts,
                                                     max_value, note)
                values (:id, :categories, :divisions, :scope, :teryts, :max, :note)
                on conflict (organisation_id) do nothing""")
                .param("id", pes.id()).param("categories", categories.toArray(String[]::new))
                .param("divisions", divisions.toArray(String[]::new))
                .param("scope", (area.isEmpty() ? AreaScope.REGION : AreaScope.POWIATS).name())
                .param("teryts", area.toArray(String[]::new)).param("max", new BigDecimal(LARGEST_VALUE))
                .param("note", NOTE).update();
    }

    private int optIn(long organisationId) {
        return jdbc.sql("""
                insert into publicservices_digest_subscription (organisation_id, opted_in) values (:id, true)
                on conflict (organisation_id) do nothing""").param("id", organisationId).update();
    }
}
