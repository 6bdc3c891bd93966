package pl.koordynator.es.registry.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** The register's records in the audit trail; a contact person is shown on its organisation's page. */
@Component
class RegistryAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(OrganisationService.ENTITY, "audit.entity.Organisation", "/organisations/{id}"),
                AuditedType.unlinked(ContactPersons.ENTITY, "audit.entity.ContactPerson"));
    }
}
