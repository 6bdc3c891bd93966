package pl.koordynator.es.catalogue;

import java.util.List;

/**
 * What PES deliver according to their published offers, for matching them to procurements and
 * open calls (module publicservices). Published offers of active organisations only: public facts.
 */
public interface CatalogueOfferings {

    /**
     * One line per published offer, by organisation: its category and top category, CPV code (may
     * be null), the area it serves and the organisation's facts copied onto the offer.
     */
    List<Offering> publishedOfferings();

    /**
     * A published offer as matching needs it. {@code teryts}: the gminas (7 digits) or powiats
     * (4 digits) of {@code areaScope} GMINAS or POWIATS, empty otherwise; {@code socialEnterprise}
     * whether the PS status holds today.
     */
    record Offering(long offerId, String offerName, long organisationId, String organisationName,
            String organisationKind, String organisationGminaTeryt, boolean socialEnterprise, String categoryCode,
            String topCategoryCode, String cpvCode, AreaScope areaScope, List<String> teryts) {
    }
}
