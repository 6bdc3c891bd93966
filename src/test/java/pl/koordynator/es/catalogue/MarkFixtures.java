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
import pl.koordynator.es.testing.RegionDate;

/**
 * PES of a known age, offers in a given state and licences of the mark, for the mark's tests. The
 * offer and the licence rows are written as the offers' workflow and a decision leave them, so
 * that the mark's tests do not depend on the offer forms; the register's entry date is moved back
 * as if the PES had been registered long ago.
 */
@Component
public class MarkFixtures {

    public static final String GDANSK = "2261011";

    private final RegistryFixtures registry;
    private final JdbcClient jdbc;

    MarkFixtures(RegistryFixtures registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** A social cooperative registered {@code monthsAgo} months ago, with an e-mail address. */
    public OrganisationView pes(String name, int monthsAgo, Long owesId) {
        return organisation(name, Kind.SOCIAL_COOPERATIVE, monthsAgo, owesId);
    }

    public OrganisationView organisation(String name, Kind kind, int monthsAgo, Long owesId) {
        OrganisationView created = registry.create(new OrganisationInput(name, null, kind, null, null, null, GDANSK,
                "ul. Długa 1", "80-001", "Gdańsk", "biuro-" + System.nanoTime() + "@example.org", null, null, null,
                List.of(), 10, 5, null, null, null, null, owesId, null, null));
        jdbc.sql("update organisation set created_at = now() - make_interval(months => :months) where id = :id")
                .param("months", monthsAgo).param("id", created.id()).update();
        return created;
    }

    public String emailOf(OrganisationView organisation) {
        return jdbc.sql("select email from organisation where id = :id").param("id", organisation.id())
                .query(String.class).single();
    }

    public long offer(OrganisationView organisation, String name, String status) {
        return jdbc.sql("""
                insert into catalogue_offer (organisation_id, organisation_name, organisation_kind, organisation_town,
                    organisation_gmina_teryt, organisation_powiat_teryt, kind, name, category_code, top_category_code,
                    description, price_on_request, area_scope, status, published_at, first_published_at)
                values (:organisation, :organisationName, :organisationKind, 'Gdańsk', :gmina, :powiat, 'SERVICE', :name,
                    'CLEANING_OFFICES', 'CLEANING', 'Sprzątanie biur i klatek schodowych', true, 'REGION', :status,
                    case when :status = 'PUBLISHED' then now() end, case when :status = 'PUBLISHED' then now() end)
                returning id""").param("organisation", organisation.id())
                .param("organisationName", organisation.name()).param("organisationKind", organisation.kind().name())
                .param("gmina", GDANSK).param("powiat", GDANSK.substring(0, 4)).param("name", name)
                .param("status", status).query(Long.class).single();
    }

    public long licence(long offerId, long organisationId, String number, LocalDate grantedOn, LocalDate validUntil) {
        return jdbc.sql("""
                insert into catalogue_mark_licence (offer_id, organisation_id, licence_number, granted_on, valid_until)
                values (:offer, :organisation, :number, :granted, :until) returning id""").param("offer", offerId)
                .param("organisation", organisationId).param("number", number).param("granted", grantedOn)
                .param("until", validUntil).query(Long.class).single();
    }

    public static MarkRecommendationInput recommendation(int i) {
        return new MarkRecommendationInput("Rekomendujący Nr" + i, "rekomendacja" + i + "@example.org",
                "Urząd Gminy " + i, "Rzetelny wykonawca, polecamy współpracę.");
    }

    /** An application that meets every declared criterion: 40 % own revenue, two recommendations. */
    public static MarkApplicationInput application(long offerId, MarkApplicationKind kind) {
        return new MarkApplicationInput(offerId, kind, "Zatrudniamy osoby zagrożone wykluczeniem społecznym.", null,
                new BigDecimal("400000.00"), new BigDecimal("1000000.00"), RegionDate.today().getYear() - 1,
                "Sprawozdanie finansowe za rok ubiegły", null, null, List.of(recommendation(1), recommendation(2)));
    }

    public static MarkApplicationInput withRevenue(MarkApplicationInput in, String own, String total) {
        return new MarkApplicationInput(in.offerId(), in.kind(), in.socialAims(), in.socialAimsEvidence(),
                new BigDecimal(own), new BigDecimal(total), in.revenueYear(), in.revenueEvidence(), in.activitySince(),
                in.activityEvidence(), in.recommendations());
    }

    public static MarkApplicationInput withActivity(MarkApplicationInput in, LocalDate since, String evidence) {
        return new MarkApplicationInput(in.offerId(), in.kind(), in.socialAims(), in.socialAimsEvidence(),
                in.ownRevenue(), in.totalRevenue(), in.revenueYear(), in.revenueEvidence(), since, evidence,
                in.recommendations());
    }

    public static MarkApplicationInput withRecommendations(MarkApplicationInput in,
            List<MarkRecommendationInput> recommendations) {
        return new MarkApplicationInput(in.offerId(), in.kind(), in.socialAims(), in.socialAimsEvidence(),
                in.ownRevenue(), in.totalRevenue(), in.revenueYear(), in.revenueEvidence(), in.activitySince(),
                in.activityEvidence(), recommendations);
    }

    public static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
