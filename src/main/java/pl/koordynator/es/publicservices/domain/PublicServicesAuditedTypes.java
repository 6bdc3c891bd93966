package pl.koordynator.es.publicservices.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Procurements and public tasks in the audit trail, linked to their pages. */
@Component
class PublicServicesAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(ProcurementService.ENTITY, "audit.entity.Procurement", "/zamowienia/{id}"),
                AuditedType.linked(PublicTaskService.ENTITY, "audit.entity.PublicTask", "/zadania-publiczne/{id}"));
    }
}
