package pl.koordynator.es.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An application for the mark. The register's criteria (a PES legal form, 6 months of activity)
 * are checked by the service; {@code activitySince} and {@code activityEvidence} are needed only
 * when the register cannot tell the organisation's age. Own revenue and total revenue of
 * {@code revenueYear} give the share that must reach 30 %.
 */
public record MarkApplicationInput(Long offerId, MarkApplicationKind kind, String socialAims,
        String socialAimsEvidence, BigDecimal ownRevenue, BigDecimal totalRevenue, Integer revenueYear,
        String revenueEvidence, LocalDate activitySince, String activityEvidence,
        List<MarkRecommendationInput> recommendations) {
}
