package pl.koordynator.es.catalogue.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** News items and social campaigns in the audit trail, each linking to its edit page. */
@Component
class CatalogueNewsAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(NewsService.ENTITY, "audit.entity.CatalogueNews",
                        "/admin/catalogue/aktualnosci/{id}"),
                AuditedType.linked(CampaignService.ENTITY, "audit.entity.SocialCampaign",
                        "/admin/catalogue/kampanie/{id}"));
    }
}
