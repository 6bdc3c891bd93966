package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An open procurement or call matching one PES ({@code organisationId}): what it is, who buys, by
 * when, its estimated value (or the call's amount), where, and why it matches.
 */
public record Opportunity(OpportunityKind kind, long id, String title, String buyerName, LocalDate deadline,
        BigDecimal value, String gminaName, long organisationId, String organisationName, int score,
        List<MatchReason> reasons, List<Integer> lots, Boolean bid) {
}
