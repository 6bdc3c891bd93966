package pl.koordynator.es.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.TestUsers;

/** PES and published offers for the public catalogue's tests, written through the services as ROPS would. */
@Component
public class CataloguePublicFixtures {

    public static final String GDANSK = "2261011";
    public static final String SOPOT = "2264011";

    private final RegistryFixtures registry;
    private final CatalogueOffers offers;
    private final TestUsers users;
    private final JdbcClient jdbc;

    CataloguePublicFixtures(RegistryFixtures registry, CatalogueOffers offers, TestUsers users, JdbcClient jdbc) {
        this.registry = registry;
        this.offers = offers;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** An active PES in the gmina, with an e-mail address for inquiries. */
    public OrganisationView pes(String name, Kind kind, String gmina, String email) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, gmina, "ul. Długa 1",
                "80-001", "Gdańsk", email, null, null, null, List.of(), 10, 5, null, null, null, null, null, null,
                null));
    }

    /** A published offer for the whole region, price on request. */
    public OfferView published(OrganisationView pes, String name, String category, String description) {
        return published(pes, name, category, description, AreaScope.REGION, List.of());
    }

    /** A published offer serving the given units. */
    public OfferView published(OrganisationView pes, String name, String category, String description,
            AreaScope scope, List<String> areas) {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            OfferView draft = offers.create(new OfferInput(pes.id(), OfferKind.SERVICE, name, category, null,
                    description, new BigDecimal("120.00"), "za osobę", false, "10 osób", scope, areas, "3 dni",
                    "telefonicznie lub przez formularz", null, null, null));
            offers.submit(draft.id());
            return offers.publish(draft.id());
        } finally {
            users.signOut();
        }
    }

    /** A licence of the mark for the offer, valid until the given day. */
    public void mark(OfferView offer, LocalDate validUntil) {
        jdbc.sql("""
                insert into catalogue_mark_licence (offer_id, organisation_id, licence_number, granted_on, valid_until)
                values (:offer, :organisation, :number, :granted, :until)""")
                .param("offer", offer.id()).param("organisation", offer.organisationId())
                .param("number", "ZP/TEST/" + offer.id()).param("granted", validUntil.minusYears(1))
                .param("until", validUntil).update();
    }
}
