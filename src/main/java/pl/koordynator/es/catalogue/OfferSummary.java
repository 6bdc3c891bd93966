package pl.koordynator.es.catalogue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import pl.koordynator.es.registry.Kind;

/**
 * A row of an offer list: the first lines of the description ({@code lead}), the first photo
 * ({@code firstPhotoId}, null without photos) and whether the mark is valid today; the reviewer's
 * comment only while the offer is returned for correction (null otherwise, so no list shows it).
 */
public record OfferSummary(long id, long organisationId, String organisationName, Kind organisationKind,
        String organisationTown, String organisationGminaTeryt, OfferKind kind, String name, String categoryCode,
        String topCategoryCode, String lead, BigDecimal priceAmount, String priceUnit, boolean priceOnRequest,
        AreaScope areaScope, OfferStatus status, boolean marked, Long firstPhotoId, OffsetDateTime updatedAt,
        OffsetDateTime publishedAt, String reviewComment) {
}
