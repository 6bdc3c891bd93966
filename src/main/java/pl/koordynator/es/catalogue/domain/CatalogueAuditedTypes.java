package pl.koordynator.es.catalogue.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Offers and inquiries in the audit trail (the buyers' fields of inquiries as personal data). */
@Component
class CatalogueAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(OfferService.ENTITY, "audit.entity.CatalogueOffer", "/katalog/oferty/{id}"),
                AuditedType.unlinked(InquiryService.ENTITY, "audit.entity.CatalogueInquiry"));
    }
}
