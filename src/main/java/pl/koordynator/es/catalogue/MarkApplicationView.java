package pl.koordynator.es.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application for the mark with its criteria, recommendations, the board's votes and the
 * decision (null fields until decided). {@code myVote} is the caller's own vote, if any.
 * {@code evidenceFilename} names the attached PDF, if any; {@code revokedOn} and
 * {@code revocationReason} say when and why ROPS revoked the licence granted on it.
 */
public record MarkApplicationView(long id, long offerId, String offerName, long organisationId,
        String organisationName, MarkApplicationKind kind, Long previousLicenceId, MarkApplicationStatus status,
        String socialAims, String socialAimsEvidence, BigDecimal ownRevenue, BigDecimal totalRevenue,
        BigDecimal revenueShare, int revenueYear, String revenueEvidence, List<MarkCriterion> criteria,
        List<MarkRecommendationView> recommendations, List<MarkVoteView> votes, MarkTally tally,
        MarkVoteChoice myVote, OffsetDateTime submittedAt, LocalDate decidedOn, String decisionReason,
        String decidedBy, Long licenceId, String licenceNumber, LocalDate validUntil, int version,
        String evidenceFilename, LocalDate revokedOn, String revocationReason) {
}
