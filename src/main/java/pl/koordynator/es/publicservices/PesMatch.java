package pl.koordynator.es.publicservices;

import java.util.List;

/**
 * A PES matching an opportunity: its score (the sum of its reasons' points, higher first), the
 * reasons, the lots it may bid for (empty for a public task) and whether it bid: null unknown, as
 * recorded by the PES or derived from a lot's outcome naming it the contractor.
 */
public record PesMatch(long organisationId, String organisationName, String organisationKind, int score,
        List<MatchReason> reasons, List<Integer> lots, Boolean bid) {
}
