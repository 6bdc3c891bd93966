package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.util.List;

import pl.koordynator.es.programme.Direction;

/**
 * A plan as entered: on create and on every update the whole plan with its goals, actions and
 * indicators (rows are replaced; actions and indicators refer to goals by number). Documents and
 * sections are written apart.
 *
 * @param unitTeryt            the gmina (7 digits) or powiat (4 digits) of the region the plan is for
 * @param status               null is {@link LocalPlanStatus#IN_PREPARATION}
 * @param jstId                the JST as an organisation of the register (kind JST), whose PARTNER users
 *                             write the sections
 * @param responsibleUnitId    the JST's unit responsible for the plan (e.g. the OPS), any organisation
 * @param owesId               the supporting OWES (kind OWES)
 * @param consultationDeadline required while the plan is in consultation
 * @param replacesId           on create only: the JST's active plan this one replaces; it becomes
 *                             REPLACED in the same transaction
 */
public record LocalPlanInput(String unitTeryt, String title, LocalPlanStatus status, LocalDate periodStart,
        LocalDate periodEnd, String resolutionNumber, LocalDate resolutionDate, String resolutionUrl,
        String strategyTitle, String strategyUrl, Long jstId, Long responsibleUnitId, Long owesId,
        LocalDate consultationDeadline, Long replacesId, List<Goal> goals, List<Action> actions,
        List<Indicator> indicators) {

    public LocalPlanInput {
        goals = goals == null ? List.of() : goals;
        actions = actions == null ? List.of() : actions;
        indicators = indicators == null ? List.of() : indicators;
    }

    /** A goal, numbered 1.. within the plan. */
    public record Goal(Integer number, String title, String description) {
    }

    /**
     * An action: who is responsible and which partners take part (organisation ids of the register),
     * its schedule, budget (PLN) and funding, and the action of the regional programme it serves
     * (a node id of the programme tree at the ACTION level).
     */
    public record Action(Integer number, Integer goalNumber, String title, String description,
            List<Long> responsibleIds, List<Long> partnerIds, LocalDate startDate, LocalDate endDate,
            java.math.BigDecimal budget, String fundingSource, Long programmeActionId) {

        public Action {
            responsibleIds = responsibleIds == null ? List.of() : responsibleIds;
            partnerIds = partnerIds == null ? List.of() : partnerIds;
        }
    }

    /** An indicator: baseline and target, and where its values come from ({@link IndicatorSource}). */
    public record Indicator(Integer number, Integer goalNumber, String name, String unit, Direction direction,
            java.math.BigDecimal baseline, Integer baselineYear, java.math.BigDecimal target, Integer targetYear,
            IndicatorSource source, String sourceCode) {
    }
}
