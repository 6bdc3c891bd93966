package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The coverage of the region by local plans on a day.
 *
 * @param day                 the day it describes (today in the region)
 * @param counts              per coverage status (every status, {@link CoverageStatus#NONE} included) how
 *                            many gminas and powiats of the region have it
 * @param gminas              the number of gminas of the region (the sum of the gmina counts)
 * @param powiats             the number of powiats of the region (the sum of the powiat counts)
 * @param units               the units asked for (every powiat followed by its gminas, by name)
 * @param expiring            adopted plans whose period ends within a year from the day, the soonest first
 * @param priorityWithoutPlan the gminas among the priority index's top {@link #PRIORITY_TOP} without an
 *                            adopted plan or one in preparation or consultation, by rank
 */
public record LocalPlanCoverageView(LocalDate day, List<StatusCount> counts, long gminas, long powiats,
        List<UnitCoverage> units, List<ExpiringPlan> expiring, List<PriorityGmina> priorityWithoutPlan) {

    /** How many gminas of the priority index's ranking count as "high priority". */
    public static final int PRIORITY_TOP = 20;

    /** How many gminas and powiats have the status. */
    public record StatusCount(CoverageStatus status, long gminas, long powiats) {
    }

    /**
     * A gmina or powiat with its coverage status and the plan it comes from (its active plan, else its
     * latest); the plan's id and title are null when it has none or the reader is a visitor.
     */
    public record UnitCoverage(String teryt, String name, PlanLevel level, String powiatTeryt, CoverageStatus status,
            Long planId, String planTitle, LocalDate periodEnd) {
    }

    /** An adopted plan ending soon; id and title null for a visitor. */
    public record ExpiringPlan(Long planId, String unitTeryt, String unitName, PlanLevel level, String title,
            LocalDate periodEnd, long daysLeft) {
    }

    /** A gmina of the priority index's top without an active plan: its rank, score and coverage status. */
    public record PriorityGmina(String teryt, String name, int rank, BigDecimal score, CoverageStatus status) {
    }

    /** The count of one status. */
    public StatusCount count(CoverageStatus status) {
        return counts.stream().filter(c -> c.status() == status).findFirst()
                .orElse(new StatusCount(status, 0, 0));
    }
}
