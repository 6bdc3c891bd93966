package pl.koordynator.es.publicservices.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.publicservices.MatchReason;
import pl.koordynator.es.publicservices.OpportunityKind;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
import pl.koordynator.es.publicservices.domain.MatchingRules.Candidate;
import pl.koordynator.es.publicservices.domain.MatchingRules.Result;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The record of matches in {@code publicservices_match}: the matches of every open opportunity, kept
 * for the digest (which marks them notified), and what a PES answered about bidding.
 */
@Component
class MatchRecords {

    private final Procurements procurements;
    private final PublicTasks tasks;
    private final Organisations organisations;
    private final MatchingCandidates candidates;
    private final MatchingAccess access;
    private final JdbcClient jdbc;

    MatchRecords(Procurements procurements, PublicTasks tasks, Organisations organisations,
            MatchingCandidates candidates, MatchingAccess access, JdbcClient jdbc) {
        this.procurements = procurements;
        this.tasks = tasks;
        this.organisations = organisations;
        this.candidates = candidates;
        this.access = access;
        this.jdbc = jdbc;
    }

    /**
     * Records the matches of every open opportunity on the day given: new ones are inserted (first seen
     * now, not notified), known ones get today's score and reasons, and those no longer matching that
     * were neither notified nor bid on are removed. Returns how many matches stand.
     */
    @Transactional
    public int recordMatches(LocalDate today) {
        List<Candidate> all = candidates.candidates(null);
        Map<String, String> parents = candidates.parents();
        int standing = 0;
        for (ProcurementView procurement : procurements.openForBids()) {
            if (procurement.openOn(today)) {
                standing += record("procurement_id", procurement.id(),
                        MatchingRules.rank(MatchingCandidates.target(procurement), all, parents));
            }
        }
        for (PublicTaskView task : tasks.openCalls()) {
            if (task.openOn(today)) {
                standing += record("public_task_id", task.id(),
                        MatchingRules.rank(MatchingCandidates.target(task), all, parents));
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

    /**
     * Records whether the PES bid (null: unknown again) on an opportunity it matches, or matched when
     * the match was recorded; the caller must act for the PES. In the caller's transaction.
     */
    void recordBid(OpportunityKind kind, long opportunityId, long organisationId, Boolean bid) {
        OrganisationView pes = organisations.find(organisationId)
                .orElseThrow(() -> InvalidInputException.of("organisationId", "publicservices.matching.error.organisation"));
        access.requireActFor(access.viewer(), pes);
        List<Candidate> only = candidates.candidates(Set.of(organisationId));
        List<Result> results;
        String column;
        if (kind == OpportunityKind.PUBLIC_TASK) {
            results = MatchingRules.rank(MatchingCandidates.target(tasks.task(opportunityId)), only,
                    candidates.parents());
            column = "public_task_id";
        } else {
            results = MatchingRules.rank(MatchingCandidates.target(procurements.procurement(opportunityId)), only,
                    candidates.parents());
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
}
