package pl.koordynator.es.localplans.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/**
 * A plan's sections (recorded as {@code <plan id>/<slug>}) and the comments on them in the audit trail;
 * neither has a page of its own id (the trail encodes a slash in a link), so they are shown unlinked.
 */
@Component
class LocalPlanSectionsAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.unlinked(LocalPlanSectionService.SECTION, "audit.entity.LocalPlanSection"),
                AuditedType.unlinked(LocalPlanSectionService.COMMENT, "audit.entity.LocalPlanComment"));
    }
}
