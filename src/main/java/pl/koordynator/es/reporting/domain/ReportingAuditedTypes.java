package pl.koordynator.es.reporting.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Reports, their attachments and templates in the audit trail. The names are written out, not taken from the services, so that moving code between the services cannot change them; a template's page is found by its code, not by the id the trail keeps. */
@Component
class ReportingAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked("OwesReport", "audit.entity.OwesReport", "/reporting/reports/{id}"),
                AuditedType.unlinked("OwesReportAttachment", "audit.entity.OwesReportAttachment"),
                AuditedType.unlinked(TemplateService.ENTITY, "audit.entity.ReportTemplate"));
    }
}
