package pl.koordynator.es.localplans.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/**
 * A plan indicator's entered yearly value and the JST's yearly note in the audit trail. Their ids are
 * {@code <indicator id>:<year>} and {@code <plan id>:<year>}, so no page link is built from them.
 */
@Component
class LocalPlanMonitoringAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(AuditedType.unlinked(LocalPlanMonitoringService.VALUE, "audit.entity.LocalPlanIndicatorValue"),
                AuditedType.unlinked(LocalPlanMonitoringService.NOTE, "audit.entity.LocalPlanYearlyNote"));
    }
}
