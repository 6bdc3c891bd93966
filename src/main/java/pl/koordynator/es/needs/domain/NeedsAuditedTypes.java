package pl.koordynator.es.needs.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Reported needs in the audit trail. */
@Component
class NeedsAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(NeedService.ENTITY, "audit.entity.ReportedNeed", "/needs/{id}"));
    }
}
