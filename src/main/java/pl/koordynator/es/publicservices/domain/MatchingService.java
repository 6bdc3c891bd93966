package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueOfferings;
import pl.koordynator.es.catalogue.CatalogueOfferings.Offering;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.publicservices.Capacity;
import pl.koordynator.es.publicservices.CapacityInput;
import pl.koordynator.es.publicservices.DigestSubscription;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.LotView;
import pl.koordynator.es.publicservices.MatchReason;
import pl.koordynator.es.publicservices.Opportunity;
import pl.koordynator.es.publicservices.OpportunityKind;
import pl.koordynator.es.publicservices.PesMatch;
import pl.koordynator.es.publicservices.ProcurementMatching;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
import pl.koordynator.es.publicservices.domain.MatchingAccess.Scope;
import pl.koordynator.es.publicservices.domain.MatchingAccess.Viewer;
import pl.koordynator.es.publicservices.domain.MatchingRules.Candidate;
import pl.koordynator.es.publicservices.domain.MatchingRules.Delivery;
import pl.koordynator.es.publicservices.domain.MatchingRules.Lot;
import pl.koordynator.es.publicservices.domain.MatchingRules.Result;
import pl.koordynator.es.publicservices.domain.MatchingRules.Target;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.territory.Territory;

/**
 * Matches PES to open procurements and calls, computed on every read from the published offers and
 * declared capacities (so a new offer counts at once) and recorded in {@code publicservices_match}
 * for the digest and the bids.
 */
@Service
class MatchingService implements ProcurementMatching {

    /** The audit trail's name of a declared capacity; its id is the organisation's. */
    static final String CAPACITY = "PesCapacity";

    private static final Pattern DIVISION = Pattern.compile("\\d{2}");
    private static final Pattern GMINA = Pattern.compile("\\d{7}");
    private static final Pattern POWIAT = Pattern.compile("\\d{4}");

    private final Procurements procurements;
    private final PublicTasks tasks;
    private final CatalogueOfferings offerings;
    private final CatalogueOffers offers;
    private final Organisations organisations;
    private final Territory territory;
    private final MatchingAccess access;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MatchingService(Procurements procurements, PublicTasks tasks, CatalogueOfferings offerings, CatalogueOffers offers,
            Organisations organisations, Territory territory, MatchingAccess access, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.audit = audit;
        this.procurements = procurements;
        this.tasks = tasks;
        this.offerings = offerings;
        this.offers = offers;
        this.organisations = organisations;
        this.territory = territory;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- reads

    @Override
    @Transactional(readOnly = true)
    public List<PesMatch> procurementMatches(long procurementId) {
        ProcurementView procurement = procurements.procurement(procurementId);
        Scope scope = access.scopeOfMatches(access.viewer(), procurement.buyerId());
        LocalDate today = LocalDate.now(clock);
        if (!procurement.openOn(today)) {
            return List.of();
        }
        Map<Long, Boolean> bids = storedBids("procurement_id", procurementId);
        return MatchingRules.rank(target(procurement), candidates(scope.ids()), parents()).stream()
                .filter(result -> scope.includes(result.id()))
                .map(result -> pesMatch(result, bid(procurement, result.id(), bids))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PesMatch> publicTaskMatches(long publicTaskId) {
        PublicTaskView task = tasks.task(publicTaskId);
        Scope scope = access.scopeOfMatches(access.viewer(), task.jstId());
        if (!task.openOn(LocalDate.now(clock))) {
            return List.of();
        }
        Map<Long, Boolean> bids = storedBids("public_task_id", publicTaskId);
        return MatchingRules.rank(target(task), candidates(scope.ids()), parents()).stream()
                .filter(result -> scope.includes(result.id()))
                .map(result -> pesMatch(result, bid(task, result.id(), bids))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Opportunity> opportunities() {
        Set<Long> followed = access.followed(access.viewer());
        if (followed.isEmpty()) {
            return List.of();
        }
        return opportunitiesOf(followed, LocalDate.now(clock));
    }

    /** Open opportunities of these PES on the day given, the nearest deadline first, then the best match. */
    List<Opportunity> opportunitiesOf(Set<Long> pes, LocalDate today) {
        List<Candidate> candidates = candidates(pes);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, String> parents = parents();
        List<Opportunity> found = new ArrayList<>();
        Map<String, Boolean> bids = storedBidsOf(pes);
        for (ProcurementView procurement : procurements.openForBids()) {
            if (!procurement.openOn(today)) {
                continue;
            }
            for (Result result : MatchingRules.rank(target(procurement), candidates, parents)) {
                Boolean bid = bid(procurement, result.id(), bidsOf(bids, OpportunityKind.PROCUREMENT,
                        procurement.id()));
                found.add(new Opportunity(OpportunityKind.PROCUREMENT, procurement.id(), procurement.title(),
                        procurement.buyerName(), procurement.bidDeadline(), procurement.estimatedValue(),
                        procurement.gminaName(), result.id(), result.name(), result.score(), result.reasons(),
                        result.lots(), bid));
            }
        }
        for (PublicTaskView task : tasks.openCalls()) {
            if (!task.openOn(today)) {
                continue;
            }
            for (Result result : MatchingRules.rank(target(task), candidates, parents)) {
                Boolean bid = bid(task, result.id(), bidsOf(bids, OpportunityKind.PUBLIC_TASK, task.id()));
                found.add(new Opportunity(OpportunityKind.PUBLIC_TASK, task.id(), task.callTitle(), task.jstName(),
                        task.offerDeadline(), task.amount(), null, result.id(), result.name(), result.score(),
                        result.reasons(), result.lots(), bid));
            }
        }
        found.sort(Comparator.comparing(Opportunity::deadline).thenComparing(Comparator
                .comparingInt(Opportunity::score).reversed()).thenComparingLong(Opportunity::id));
        return found;
    }

    // ---- the record of matches, for the digest

    /**
     * Records the matches of every open opportunity on the day given: new ones are inserted (first seen
     * now, not notified), known ones get today's score and reasons, and those no longer matching that
     * were neither notified nor bid on are removed. Returns how many matches stand.
     */
    @Transactional
    public int recordMatches(LocalDate today) {
        List<Candidate> candidates = candidates(null);
        Map<String, String> parents = parents();
        int standing = 0;
        for (ProcurementView procurement : procurements.openForBids()) {
            if (procurement.openOn(today)) {
                standing += record("procurement_id", procurement.id(),
                        MatchingRules.rank(target(procurement), candidates, parents));
            }
        }
        for (PublicTaskView task : tasks.openCalls()) {
            if (task.openOn(today)) {
                standing += record("public_task_id", task.id(), MatchingRules.rank(target(task), candidates, parents));
            }
        }
        return standing;
    }

    private int record(String column, long opportunityId, List<Result> results) {
        for (Result result : results) {
            upsert(column, opportunityId, result, null, false);
        }
        Long[] kept = results.stream().map(Result::id).toArray(Long[]::new);
        jdbc.sql("delete from publicservices_match where " + column + " = :id and notified_at is null"
                + " and owes_notified_at is null and bid is null and not (organisation_id = any(:kept))")
                .param("id", opportunityId).param("kept", kept).update();
        return results.size();
    }

    private void upsert(String column, long opportunityId, Result result, Boolean bid, boolean withBid) {
        String[] reasons = result.reasons().stream().map(MatchReason::stored).toArray(String[]::new);
        String onBid = withBid ? ", bid = :bid, bid_recorded_by = :by, bid_recorded_at = now()" : "";
        jdbc.sql("insert into publicservices_match (" + column + ", organisation_id, organisation_name, score, reasons"
                + (withBid ? ", bid, bid_recorded_by, bid_recorded_at" : "") + ") values (:id, :organisation, :name,"
                + " :score, :reasons" + (withBid ? ", :bid, :by, now()" : "") + ")"
                + " on conflict (" + column + ", organisation_id) where " + column + " is not null do update set"
                + " organisation_name = excluded.organisation_name, score = excluded.score, reasons = excluded.reasons"
                + onBid)
                .param("id", opportunityId).param("organisation", result.id()).param("name", result.name())
                .param("score", result.score()).param("reasons", reasons).param("bid", bid)
                .param("by", withBid ? access.viewer().userId() : null).update();
    }

    // ---- writes

    @Override
    @Transactional
    public void recordBid(OpportunityKind kind, long opportunityId, long organisationId, Boolean bid) {
        OrganisationView pes = organisations.find(organisationId)
                .orElseThrow(() -> InvalidInputException.of("organisationId", "publicservices.matching.error.organisation"));
        access.requireActFor(access.viewer(), pes);
        List<Result> results;
        String column;
        if (kind == OpportunityKind.PUBLIC_TASK) {
            results = MatchingRules.rank(target(tasks.task(opportunityId)), candidates(Set.of(organisationId)),
                    parents());
            column = "public_task_id";
        } else {
            results = MatchingRules.rank(target(procurements.procurement(opportunityId)),
                    candidates(Set.of(organisationId)), parents());
            column = "procurement_id";
        }
        if (results.isEmpty()) {
            boolean recorded = jdbc.sql("select count(*) from publicservices_match where " + column
                    + " = :id and organisation_id = :organisation").param("id", opportunityId)
                    .param("organisation", organisationId).query(Long.class).single() > 0;
            if (!recorded) {
                throw InvalidInputException.of("organisationId", "publicservices.matching.error.notMatched");
            }
            jdbc.sql("update publicservices_match set bid = :bid, bid_recorded_by = :by, bid_recorded_at = now()"
                    + " where " + column + " = :id and organisation_id = :organisation")
                    .param("bid", bid).param("by", access.viewer().userId()).param("id", opportunityId)
                    .param("organisation", organisationId).update();
            return;
        }
        upsert(column, opportunityId, results.get(0), bid, true);
    }

    @Override
    @Transactional(readOnly = true)
    public Capacity capacity(long organisationId) {
        OrganisationView pes = pes(organisationId);
        access.requireActFor(access.viewer(), pes);
        return storedCapacity(organisationId);
    }

    private Capacity storedCapacity(long organisationId) {
        return jdbc.sql("""
                select organisation_id, categories, cpv_divisions, area_scope, area_teryts, max_value, note, updated_at,
                       version
                  from publicservices_capacity where organisation_id = :id""")
                .param("id", organisationId)
                .query((rs, n) -> new Capacity(rs.getLong(1), strings(rs.getArray(2)), strings(rs.getArray(3)),
                        AreaScope.valueOf(rs.getString(4)), strings(rs.getArray(5)), rs.getBigDecimal(6),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getLong(9)))
                .optional().orElse(Capacity.none(organisationId));
    }

    @Override
    @Transactional
    public Capacity saveCapacity(long organisationId, CapacityInput input) {
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

    @Override
    @Transactional(readOnly = true)
    public DigestSubscription digest() {
        long organisationId = access.digestOrganisation(access.viewer());
        return jdbc.sql("select opted_in, last_digest_on from publicservices_digest_subscription"
                + " where organisation_id = :id").param("id", organisationId)
                .query((rs, n) -> new DigestSubscription(organisationId, rs.getBoolean(1),
                        rs.getObject(2, LocalDate.class)))
                .optional().orElse(new DigestSubscription(organisationId, false, null));
    }

    @Override
    @Transactional
    public DigestSubscription setDigest(boolean optedIn) {
        Viewer viewer = access.viewer();
        long organisationId = access.digestOrganisation(viewer);
        jdbc.sql("""
                insert into publicservices_digest_subscription (organisation_id, opted_in, changed_by, changed_at)
                values (:id, :in, :by, now())
                on conflict (organisation_id) do update set opted_in = excluded.opted_in,
                    changed_by = excluded.changed_by, changed_at = now()""")
                .param("id", organisationId).param("in", optedIn).param("by", viewer.userId()).update();
        return digest();
    }

    // ---- inputs of the rules

    private OrganisationView pes(long organisationId) {
        OrganisationView organisation = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        if (!organisation.kind().isPes()) {
            throw InvalidInputException.of("organisationId", "publicservices.matching.error.organisation");
        }
        return organisation;
    }

    private Map<String, String> parents() {
        Map<String, String> parents = new HashMap<>();
        for (Category category : offers.categories()) {
            if (category.parentCode() != null) {
                parents.put(category.code(), category.parentCode());
            }
        }
        return parents;
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

    static Target target(PublicTaskView task) {
        return new Target(List.of(), CpvCategories.ofArea(task.area()), task.jstGminaTeryt(),
                List.of(new Lot(1, null, false, task.amount())), true);
    }

    // ---- bids

    private Map<Long, Boolean> storedBids(String column, long opportunityId) {
        Map<Long, Boolean> bids = new HashMap<>();
        jdbc.sql("select organisation_id, bid from publicservices_match where " + column + " = :id and bid is not null")
                .param("id", opportunityId)
                .query((ResultSet rs) -> {
                    bids.put(rs.getLong(1), rs.getBoolean(2));
                });
        return bids;
    }

    private Map<String, Boolean> storedBidsOf(Set<Long> pes) {
        Map<String, Boolean> bids = new HashMap<>();
        jdbc.sql("""
                select procurement_id, public_task_id, organisation_id, bid from publicservices_match
                 where organisation_id = any(:pes) and bid is not null""")
                .param("pes", pes.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    Long procurement = (Long) rs.getObject(1);
                    String key = procurement != null ? "P" + procurement : "T" + rs.getLong(2);
                    bids.put(key + ":" + rs.getLong(3), rs.getBoolean(4));
                });
        return bids;
    }

    private static Map<Long, Boolean> bidsOf(Map<String, Boolean> all, OpportunityKind kind, long id) {
        String prefix = (kind == OpportunityKind.PROCUREMENT ? "P" : "T") + id + ":";
        Map<Long, Boolean> bids = new HashMap<>();
        all.forEach((key, bid) -> {
            if (key.startsWith(prefix)) {
                bids.put(Long.parseLong(key.substring(prefix.length())), bid);
            }
        });
        return bids;
    }

    /** The recorded answer, or true when a lot's outcome names the PES as its contractor. */
    private static Boolean bid(ProcurementView procurement, long organisationId, Map<Long, Boolean> recorded) {
        boolean contractor = procurement.lots().stream()
                .anyMatch(lot -> Objects.equals(lot.contractorId(), organisationId));
        return contractor ? Boolean.TRUE : recorded.get(organisationId);
    }

    private static Boolean bid(PublicTaskView task, long organisationId, Map<Long, Boolean> recorded) {
        return Objects.equals(task.winnerId(), organisationId) ? Boolean.TRUE : recorded.get(organisationId);
    }

    private static PesMatch pesMatch(Result result, Boolean bid) {
        return new PesMatch(result.id(), result.name(), result.kind().name(), result.score(), result.reasons(),
                result.lots(), bid);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
