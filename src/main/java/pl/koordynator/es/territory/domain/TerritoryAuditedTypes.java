package pl.koordynator.es.territory.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Subregions, TERYT units and boundary imports in the audit trail. */
@Component
class TerritoryAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(SubregionService.ENTITY, "audit.entity.Subregion", "/admin/territory/subregions/{id}"),
                AuditedType.unlinked(TercImporter.ENTITY, "audit.entity.TerritorialUnit"),
                AuditedType.linked(BoundaryImporter.ENTITY, "audit.entity.TerritoryBoundaries", "/admin/territory"));
    }
}
