package pl.koordynator.es.localplans.domain;

import java.time.LocalDate;

import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.PlanLevel;

/**
 * What the access rules need to know of a plan: its unit, status, consultation deadline and the
 * organisations that write it.
 */
public record PlanParties(long id, PlanLevel level, String unitTeryt, LocalPlanStatus status, Long jstId,
        Long responsibleUnitId, Long owesId, LocalDate consultationDeadline) {

    /** Whether a gmina lies within the plan's unit (is it, or lies in its powiat). */
    public boolean covers(String gminaTeryt) {
        return gminaTeryt != null && (level == PlanLevel.GMINA ? gminaTeryt.equals(unitTeryt)
                : gminaTeryt.startsWith(unitTeryt));
    }
}
