package pl.koordynator.es.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.RegionDate;

/** PES with accounts and offers for catalogue tests, made through the services as their users would. */
@Component
public class CatalogueFixtures {

    public static final String GDANSK = "2261011";
    public static final String GDANSK_POWIAT = "2261";
    public static final String KARTUZY = "2205023";
    public static final String KARTUZY_POWIAT = "2205";
    public static final String SOPOT = "2264011";

    private final RegistryFixtures registry;
    private final CatalogueOffers offers;
    private final TestUsers users;
    private final JdbcClient jdbc;

    CatalogueFixtures(RegistryFixtures registry, CatalogueOffers offers, TestUsers users, JdbcClient jdbc) {
        this.registry = registry;
        this.offers = offers;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A PES and one account acting for it. */
    public record Pes(OrganisationView organisation, UserView user) {

        public long id() {
            return organisation.id();
        }
    }

    public Pes pes(String name, String gmina, String town) {
        return pes(name, Kind.SOCIAL_COOPERATIVE, gmina, town, false);
    }

    public Pes pes(String name, Kind kind, String gmina, String town, boolean socialEnterprise) {
        OrganisationInput base = RegistryFixtures.pes(name, gmina);
        OrganisationView organisation = registry.create(new OrganisationInput(base.name(), null, kind, null, null,
                null, gmina, "ul. Długa 1", "80-001", town, "biuro-" + System.nanoTime() + "@example.org", null, null,
                null, List.of(), 10, 5, null, socialEnterprise ? "ZS-1/2025" : null,
                socialEnterprise ? RegionDate.today().minusYears(1) : null, null, null, null, null));
        UserView user = users.create("pes-" + System.nanoTime(), Role.PES, organisation.id());
        return new Pes(organisation, user);
    }

    public UserView admin() {
        return users.create("admin-" + System.nanoTime(), Role.ADMIN);
    }

    public static OfferInput input(long organisationId, String name, String description, String category) {
        return new OfferInput(organisationId, OfferKind.SERVICE, name, category, null, description,
                new BigDecimal("120.00"), "za godzinę", false, null, AreaScope.GMINAS, List.of(GDANSK), "3 dni",
                null, null, null, null);
    }

    public static OfferInput withAreas(OfferInput in, AreaScope scope, String... teryts) {
        return new OfferInput(in.organisationId(), in.kind(), in.name(), in.categoryCode(), in.cpvCode(),
                in.description(), in.priceAmount(), in.priceUnit(), in.priceOnRequest(), in.minimumOrder(), scope,
                List.of(teryts), in.leadTime(), in.contactRoute(), in.contactEmail(), in.contactPhone(),
                in.contactWebsite());
    }

    public static OfferInput named(OfferInput in, String name, String description) {
        return new OfferInput(in.organisationId(), in.kind(), name, in.categoryCode(), in.cpvCode(), description,
                in.priceAmount(), in.priceUnit(), in.priceOnRequest(), in.minimumOrder(), in.areaScope(),
                in.areaTeryts(), in.leadTime(), in.contactRoute(), in.contactEmail(), in.contactPhone(),
                in.contactWebsite());
    }

    public static OfferInput priced(OfferInput in, BigDecimal price, String leadTime) {
        return new OfferInput(in.organisationId(), in.kind(), in.name(), in.categoryCode(), in.cpvCode(),
                in.description(), price, in.priceUnit(), in.priceOnRequest(), in.minimumOrder(), in.areaScope(),
                in.areaTeryts(), leadTime, in.contactRoute(), in.contactEmail(), in.contactPhone(),
                in.contactWebsite());
    }

    /** Written by the PES's account, sent to review and published by ROPS. */
    public OfferView published(Pes pes, OfferInput input) {
        OfferView draft = as(pes.user(), () -> offers.create(input));
        as(pes.user(), () -> offers.submit(draft.id()));
        return as(admin(), () -> offers.publish(draft.id()));
    }

    /** A licence of the mark for the offer, valid until the day given (as the mark's board grants it). */
    public void mark(OfferView offer, LocalDate validUntil) {
        jdbc.sql("""
                insert into catalogue_mark_licence (offer_id, organisation_id, licence_number, granted_on, valid_until)
                values (:offer, :organisation, :number, :granted, :until)""")
                .param("offer", offer.id()).param("organisation", offer.organisationId())
                .param("number", "ZP/" + offer.id() + "/" + System.nanoTime())
                .param("granted", validUntil.minusYears(1)).param("until", validUntil).update();
    }

    public <T> T as(UserView user, Supplier<T> call) {
        users.signIn(user);
        try {
            return call.get();
        } finally {
            users.signOut();
        }
    }
}
