package pl.koordynator.es.localplans;

import java.time.LocalDate;

/** A plan in lists, with the number of comments awaiting a decision. */
public record LocalPlanSummary(long id, PlanLevel level, String unitTeryt, String unitName, String powiatTeryt,
        String title, LocalPlanStatus status, LocalDate periodStart, LocalDate periodEnd, Long jstId, String jstName,
        Long owesId, String owesName, LocalDate consultationDeadline, long openComments) {
}
