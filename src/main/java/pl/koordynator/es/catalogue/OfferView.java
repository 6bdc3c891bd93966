package pl.koordynator.es.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.registry.Kind;

/**
 * An offer with everything its page shows. {@code category} is the offer's (sub)category and
 * {@code topCategory} its top category (the same for a top category). {@code reviewComment}: the
 * comment of the last return. {@code marked} while a licence of the mark is valid today, with its
 * {@code licenceNumber} and {@code markValidUntil}. {@code viewsTotal}: views counted so far.
 */
public record OfferView(long id, long organisationId, String organisationName, Kind organisationKind,
        String organisationTown, String organisationGminaTeryt, boolean socialEnterprise, OfferKind kind, String name,
        Category category, Category topCategory, String cpvCode, String description, BigDecimal priceAmount,
        String priceUnit, boolean priceOnRequest, String minimumOrder, AreaScope areaScope, List<OfferArea> areas,
        String leadTime, String contactRoute, String contactEmail, String contactPhone, String contactWebsite,
        OfferStatus status, String reviewComment, List<OfferPhoto> photos, boolean marked, String licenceNumber,
        LocalDate markValidUntil, long viewsTotal, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime publishedAt) {
}
