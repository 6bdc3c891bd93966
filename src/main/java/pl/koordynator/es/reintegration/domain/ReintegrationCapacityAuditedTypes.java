package pl.koordynator.es.reintegration.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** A unit's places in the audit trail (numbers and programme names only), linked to the unit's form. */
@Component
class ReintegrationCapacityAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(AuditedType.linked(CapacityService.ENTITY, "audit.entity.ReintegrationCapacity",
                "/reintegracja/miejsca/{id}"));
    }
}
