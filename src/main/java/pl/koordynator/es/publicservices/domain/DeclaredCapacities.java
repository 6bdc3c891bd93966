package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.publicservices.Capacity;
import pl.koordynator.es.publicservices.CapacityInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.territory.Territory;

/**
 * The capacity a PES declares beyond its catalogue offers ({@code publicservices_capacity}): read and
 * replaced by the PES itself, the OWES serving it or ROPS, validated field by field, audited. Runs in
 * the caller's transaction.
 */
@Component
class DeclaredCapacities {

    /** The audit trail's name of a declared capacity; its id is the organisation's. */
    static final String CAPACITY = "PesCapacity";

    private static final Pattern DIVISION = Pattern.compile("\\d{2}");
    private static final Pattern GMINA = Pattern.compile("\\d{7}");
    private static final Pattern POWIAT = Pattern.compile("\\d{4}");

    private final Organisations organisations;
    private final CatalogueOffers offers;
    private final Territory territory;
    private final MatchingAccess access;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DeclaredCapacities(Organisations organisations, CatalogueOffers offers, Territory territory, MatchingAccess access,
            JdbcClient jdbc, AuditTrail audit) {
        this.organisations = organisations;
        this.offers = offers;
        this.territory = territory;
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Capacity capacity(long organisationId) {
        OrganisationView pes = pes(organisationId);
        access.requireActFor(access.viewer(), pes);
        return storedCapacity(organisationId);
    }

    Capacity save(long organisationId, CapacityInput input) {
        OrganisationView pes = pes(organisationId);
        access.requireActFor(access.viewer(), pes);
        CapacityInput valid = validated(input);
        Capacity before = storedCapacity(organisationId);
        jdbc.sql("""
                insert into publicservices_capacity (organisation_id, categories, cpv_divisions, area_scope, area_teryts,
                                                     max_value, note, updated_by, updated_at)
                values (:id, :categories, :divisions, :scope, :teryts, :max, :note, :by, now())
                on conflict (organisation_id) do update set categories = excluded.categories,
                    cpv_divisions = excluded.cpv_divisions, area_scope = excluded.area_scope,
                    area_teryts = excluded.area_teryts, max_value = excluded.max_value, note = excluded.note,
                    updated_by = excluded.updated_by, updated_at = now(),
                    version = publicservices_capacity.version + 1""")
                .param("id", organisationId).param("categories", valid.categories().toArray(String[]::new))
                .param("divisions", valid.cpvDivisions().toArray(String[]::new))
                .param("scope", valid.areaScope().name()).param("teryts", valid.areaTeryts().toArray(String[]::new))
                .param("max", valid.maxValue()).param("note", valid.note()).param("by", access.viewer().userId())
                .update();
        Capacity after = storedCapacity(organisationId);
        if (before.updatedAt() == null) {
            audit.created(CAPACITY, organisationId, state(after));
        } else {
            audit.updated(CAPACITY, organisationId, state(before), state(after));
        }
        return after;
    }

    private Capacity storedCapacity(long organisationId) {
        return jdbc.sql("""
                select organisation_id, categories, cpv_divisions, area_scope, area_teryts, max_value, note, updated_at,
                       version
                  from publicservices_capacity where organisation_id = :id""")
                .param("id", organisationId)
                .query((rs, n) -> new Capacity(rs.getLong(1), MatchingCandidates.strings(rs.getArray(2)),
                        MatchingCandidates.strings(rs.getArray(3)), AreaScope.valueOf(rs.getString(4)),
                        MatchingCandidates.strings(rs.getArray(5)), rs.getBigDecimal(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getLong(9)))
                .optional().orElse(Capacity.none(organisationId));
    }

    private OrganisationView pes(long organisationId) {
        OrganisationView organisation = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        if (!organisation.kind().isPes()) {
            throw InvalidInputException.of("organisationId", "publicservices.matching.error.organisation");
        }
        return organisation;
    }

    private static Map<String, Object> state(Capacity capacity) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("categories", String.join(", ", capacity.categories()));
        state.put("cpvDivisions", String.join(", ", capacity.cpvDivisions()));
        state.put("areaScope", capacity.areaScope().name());
        state.put("areaTeryts", String.join(", ", capacity.areaTeryts()));
        state.put("maxValue", capacity.maxValue());
        state.put("note", capacity.note());
        return state;
    }

    /** The input trimmed, without blanks and repeats; every bad value a problem naming its field. */
    private CapacityInput validated(CapacityInput input) {
        if (input == null) {
            throw InvalidInputException.of("areaScope", "publicservices.matching.error.areaScope");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        offers.categories().forEach(category -> known.add(category.code()));
        Set<String> categories = new LinkedHashSet<>();
        for (String code : input.categories()) {
            String trimmed = code == null ? "" : code.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!known.contains(trimmed)) {
                problems.add(new FieldProblem("categories", "publicservices.matching.error.category",
                        new Object[] {trimmed}));
            }
            categories.add(trimmed);
        }
        Set<String> divisions = new LinkedHashSet<>();
        for (String division : input.cpvDivisions()) {
            String trimmed = division == null ? "" : division.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!DIVISION.matcher(trimmed).matches()) {
                problems.add(new FieldProblem("cpvDivisions", "publicservices.matching.error.cpvDivision",
                        new Object[] {trimmed}));
            }
            divisions.add(trimmed);
        }
        Set<String> teryts = new LinkedHashSet<>();
        if (input.areaScope() == AreaScope.GMINAS || input.areaScope() == AreaScope.POWIATS) {
            Pattern format = input.areaScope() == AreaScope.GMINAS ? GMINA : POWIAT;
            for (String teryt : input.areaTeryts()) {
                String trimmed = teryt == null ? "" : teryt.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!format.matcher(trimmed).matches() || territory.find(trimmed).isEmpty()) {
                    problems.add(new FieldProblem("areaTeryts", "publicservices.matching.error.teryt",
                            new Object[] {trimmed}));
                }
                teryts.add(trimmed);
            }
        }
        if (categories.size() > 50) {
            problems.add(new FieldProblem("categories", "publicservices.matching.error.tooMany"));
        }
        if (divisions.size() > 50) {
            problems.add(new FieldProblem("cpvDivisions", "publicservices.matching.error.tooMany"));
        }
        if (teryts.size() > 200) {
            problems.add(new FieldProblem("areaTeryts", "publicservices.matching.error.tooMany"));
        }
        if (input.maxValue() != null && (input.maxValue().signum() < 0
                || input.maxValue().compareTo(new BigDecimal("99999999999999")) > 0)) {
            problems.add(new FieldProblem("maxValue", "publicservices.matching.error.maxValue"));
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", "publicservices.matching.error.note"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CapacityInput(List.copyOf(categories), List.copyOf(divisions), input.areaScope(),
                List.copyOf(teryts), input.maxValue(), note);
    }
}
