package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueOfferings;
import pl.koordynator.es.catalogue.CatalogueOfferings.Offering;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.LotView;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.domain.MatchingRules.Candidate;
import pl.koordynator.es.publicservices.domain.MatchingRules.Delivery;
import pl.koordynator.es.publicservices.domain.MatchingRules.Lot;
import pl.koordynator.es.publicservices.domain.MatchingRules.Target;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;

/**
 * The inputs of {@link MatchingRules}, read fresh on every call: the active PES with what they deliver
 * (their published catalogue offers and their declared capacity), the catalogue's category tree, and
 * an opportunity (a procurement or a public task's call) as a target.
 */
@Component
class MatchingCandidates {

    private final CatalogueOfferings offerings;
    private final CatalogueOffers offers;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    MatchingCandidates(CatalogueOfferings offerings, CatalogueOffers offers, Organisations organisations,
            JdbcClient jdbc) {
        this.offerings = offerings;
        this.offers = offers;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    private record StoredCapacity(long organisationId, List<String> categories, List<String> divisions,
            AreaScope scope, List<String> teryts, BigDecimal maxValue) {
    }

    /** Active PES with what they deliver: their published offers and declared capacity; {@code only} null for all. */
    List<Candidate> candidates(Set<Long> only) {
        Map<Long, List<Delivery>> deliveries = new LinkedHashMap<>();
        for (Offering offering : offerings.publishedOfferings()) {
            if (only != null && !only.contains(offering.organisationId())) {
                continue;
            }
            deliveries.computeIfAbsent(offering.organisationId(), id -> new ArrayList<>())
                    .add(new Delivery(Set.of(offering.categoryCode()),
                            offering.cpvCode() == null || offering.cpvCode().isBlank() ? Set.of()
                                    : Set.of(offering.cpvCode()),
                            offering.areaScope(), offering.teryts()));
        }
        Map<Long, BigDecimal> maxValues = new HashMap<>();
        for (StoredCapacity capacity : jdbc.sql("""
                select organisation_id, categories, cpv_divisions, area_scope, area_teryts, max_value
                  from publicservices_capacity""")
                .query((rs, n) -> new StoredCapacity(rs.getLong(1), strings(rs.getArray(2)), strings(rs.getArray(3)),
                        AreaScope.valueOf(rs.getString(4)), strings(rs.getArray(5)), rs.getBigDecimal(6))).list()) {
            if (only != null && !only.contains(capacity.organisationId())) {
                continue;
            }
            if (!capacity.categories().isEmpty() || !capacity.divisions().isEmpty()) {
                deliveries.computeIfAbsent(capacity.organisationId(), id -> new ArrayList<>())
                        .add(new Delivery(Set.copyOf(capacity.categories()), Set.copyOf(capacity.divisions()),
                                capacity.scope(), capacity.teryts()));
            }
            if (capacity.maxValue() != null) {
                maxValues.put(capacity.organisationId(), capacity.maxValue());
            }
        }
        Map<Long, OrganisationView> found = organisations.findAll(deliveries.keySet());
        List<Candidate> candidates = new ArrayList<>();
        deliveries.forEach((id, delivered) -> {
            OrganisationView organisation = found.get(id);
            if (organisation != null && organisation.status() == OrganisationStatus.ACTIVE
                    && organisation.kind().isPes()) {
                candidates.add(new Candidate(id, organisation.name(), organisation.kind(), organisation.gminaTeryt(),
                        organisation.socialEnterprise(), delivered, maxValues.get(id)));
            }
        });
        return candidates;
    }

    /** The catalogue's categories with their parents: a subcategory's code to its top category's. */
    Map<String, String> parents() {
        Map<String, String> parents = new HashMap<>();
        for (Category category : offers.categories()) {
            if (category.parentCode() != null) {
                parents.put(category.code(), category.parentCode());
            }
        }
        return parents;
    }

    /** A procurement as the rules see it: its CPV codes, their categories, where, and its lots not cancelled. */
    static Target target(ProcurementView procurement) {
        List<Lot> lots = new ArrayList<>();
        for (LotView lot : procurement.lots()) {
            if (lot.result() == LotResult.CANCELLED) {
                continue;
            }
            BigDecimal estimate = lot.estimatedValue() != null ? lot.estimatedValue()
                    : procurement.lots().size() == 1 ? procurement.estimatedValue() : null;
            lots.add(new Lot(lot.number(), lot.reservedArt94(), lot.reservedArt361(), estimate));
        }
        String gmina = procurement.gminaTeryt() != null ? procurement.gminaTeryt() : procurement.buyerGminaTeryt();
        return new Target(procurement.cpvCodes(), CpvCategories.ofCpv(procurement.cpvCodes()), gmina, lots, false);
    }

    /** A public task's call as the rules see it: the categories of its area of public benefit, one "lot". */
    static Target target(PublicTaskView task) {
        return new Target(List.of(), CpvCategories.ofArea(task.area()), task.jstGminaTeryt(),
                List.of(new Lot(1, null, false, task.amount())), true);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
