package pl.koordynator.es.publicservices.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** A PES's declared capacity in the audit trail, linked to the organisation it belongs to. */
@Component
class MatchingAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(AuditedType.linked(DeclaredCapacities.CAPACITY, "audit.entity.PesCapacity", "/organisations/{id}"));
    }
}
