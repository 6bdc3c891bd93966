package pl.koordynator.es.privacy.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Erasures of personal data and retention runs in the audit trail; their ids are random, so no page. */
@Component
class PrivacyAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.unlinked(PersonalDataService.ENTITY, "audit.entity.PersonalData"),
                AuditedType.unlinked(RetentionJob.ENTITY, "audit.entity.PersonalDataRetention"));
    }
}
