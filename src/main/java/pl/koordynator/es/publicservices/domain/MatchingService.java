package pl.koordynator.es.publicservices.domain;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.publicservices.Capacity;
import pl.koordynator.es.publicservices.CapacityInput;
import pl.koordynator.es.publicservices.DigestSubscription;
import pl.koordynator.es.publicservices.Opportunity;
import pl.koordynator.es.publicservices.OpportunityKind;
import pl.koordynator.es.publicservices.PesMatch;
import pl.koordynator.es.publicservices.ProcurementMatching;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
import pl.koordynator.es.publicservices.domain.MatchingAccess.Scope;
import pl.koordynator.es.publicservices.domain.MatchingRules.Candidate;
import pl.koordynator.es.publicservices.domain.MatchingRules.Result;

/**
 * Matches PES to open procurements and calls, computed on every read from the published offers and
 * declared capacities (so a new offer counts at once), with the bids recorded in
 * {@code publicservices_match} or derived from a lot's outcome. The writes are delegated: the record
 * of matches and bids to {@link MatchRecords}, the capacity to {@link DeclaredCapacities}, the digest's
 * opt-in to {@link DigestSubscriptions}; transactions begin here.
 */
@Service
class MatchingService implements ProcurementMatching {

    private final Procurements procurements;
    private final PublicTasks tasks;
    private final MatchingCandidates candidates;
    private final MatchRecords records;
    private final DeclaredCapacities capacities;
    private final DigestSubscriptions subscriptions;
    private final MatchingAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    MatchingService(Procurements procurements, PublicTasks tasks, MatchingCandidates candidates, MatchRecords records,
            DeclaredCapacities capacities, DigestSubscriptions subscriptions, MatchingAccess access, JdbcClient jdbc,
            Clock clock) {
        this.procurements = procurements;
        this.tasks = tasks;
        this.candidates = candidates;
        this.records = records;
        this.capacities = capacities;
        this.subscriptions = subscriptions;
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
        if (!procurement.openOn(LocalDate.now(clock))) {
            return List.of();
        }
        Map<Long, Boolean> bids = storedBids("procurement_id", procurementId);
        return MatchingRules.rank(MatchingCandidates.target(procurement), candidates.candidates(scope.ids()),
                candidates.parents()).stream()
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
        return MatchingRules.rank(MatchingCandidates.target(task), candidates.candidates(scope.ids()),
                candidates.parents()).stream()
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
        List<Candidate> delivering = candidates.candidates(pes);
        if (delivering.isEmpty()) {
            return List.of();
        }
        Map<String, String> parents = candidates.parents();
        List<Opportunity> found = new ArrayList<>();
        Map<String, Boolean> bids = storedBidsOf(pes);
        for (ProcurementView procurement : procurements.openForBids()) {
            if (!procurement.openOn(today)) {
                continue;
            }
            for (Result result : MatchingRules.rank(MatchingCandidates.target(procurement), delivering, parents)) {
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
            for (Result result : MatchingRules.rank(MatchingCandidates.target(task), delivering, parents)) {
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

    // ---- writes, delegated

    @Override
    @Transactional
    public void recordBid(OpportunityKind kind, long opportunityId, long organisationId, Boolean bid) {
        records.recordBid(kind, opportunityId, organisationId, bid);
    }

    @Override
    @Transactional(readOnly = true)
    public Capacity capacity(long organisationId) {
        return capacities.capacity(organisationId);
    }

    @Override
    @Transactional
    public Capacity saveCapacity(long organisationId, CapacityInput input) {
        return capacities.save(organisationId, input);
    }

    @Override
    @Transactional(readOnly = true)
    public DigestSubscription digest() {
        return subscriptions.ofCaller();
    }

    @Override
    @Transactional
    public DigestSubscription setDigest(boolean optedIn) {
        return subscriptions.setForCaller(optedIn);
    }

    // ---- bids: recorded, or derived from the outcome

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
}
