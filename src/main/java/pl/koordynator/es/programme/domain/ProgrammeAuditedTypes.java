package pl.koordynator.es.programme.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** The programme's records in the audit trail. */
@Component
class ProgrammeAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(ProgrammeService.ENTITY, "audit.entity.Programme", "/programme/{id}"),
                AuditedType.linked(IndicatorService.ENTITY, "audit.entity.ProgrammeIndicator",
                        "/programme/indicators/{id}"),
                AuditedType.unlinked(IndicatorService.VALUE_ENTITY, "audit.entity.ProgrammeValue"),
                AuditedType.unlinked(ProgrammeSettingsService.ENTITY, "audit.entity.ProgrammeSettings"));
    }
}
