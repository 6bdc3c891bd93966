package pl.koordynator.es.support.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Support records in the audit trail; a record's page is its form. */
@Component
class SupportAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(SupportService.ENTITY, "audit.entity.SupportRecord", "/support/{id}/edit"));
    }
}
