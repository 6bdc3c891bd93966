package pl.koordynator.es.localplans.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Local plans and their documents in the audit trail, linked to the plan's page. */
@Component
class LocalPlansAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(LocalPlanService.ENTITY, "audit.entity.LocalPlan", "/plany-lokalne/{id}"),
                AuditedType.unlinked(LocalPlanService.DOCUMENT_ENTITY, "audit.entity.LocalPlanDocument"));
    }
}
