package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * A priority, specific objective, action or project in a year, with its progress rolled up:
 * an action's is the weighted mean of its indicators' progress, an objective's of its actions',
 * a priority's of its objectives'; nodes without data are left out of their parent's mean.
 *
 * @param action   what only an action has (responsible organisations, budget, status); null otherwise
 * @param progress weighted mean in 0..1; null with {@link ProgressStatus#NO_DATA}
 */
public record ProgressNode(long id, NodeLevel level, String code, String name, BigDecimal weight,
        Double progress, ProgressStatus status, ActionDetails action, List<ProgressNode> children,
        List<IndicatorProgress> indicators, String comment) {

    /** An action's own facts. */
    public record ActionDetails(List<String> responsible, List<String> partners, BigDecimal budgetPlanned,
            BigDecimal budgetSpent, String status) {
    }
}
