package pl.koordynator.es.catalogue.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Offer photos in the audit trail; no page of their own (they are shown on the offer's). */
@Component
class CataloguePhotoAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(AuditedType.unlinked(OfferPhotoService.ENTITY, "catalogue.photos.audit.entity"));
    }
}
