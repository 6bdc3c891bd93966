package pl.koordynator.es.map.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** The weights of the priority index in the audit trail: one record, one page. */
@Component
class MapAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked("priority-weights", "audit.entity.PriorityWeights", "/admin/map/weights"));
    }
}
