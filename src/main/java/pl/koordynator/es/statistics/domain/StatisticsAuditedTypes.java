package pl.koordynator.es.statistics.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Indicators and statistics imports in the audit trail; the demo data's import has no page. */
@Component
class StatisticsAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(IndicatorCatalogue.ENTITY, "audit.entity.Indicator", "/admin/statistics/indicators/{id}"),
                AuditedType.unlinked(StatisticsImportService.ENTITY, "audit.entity.StatisticsImport"));
    }
}
