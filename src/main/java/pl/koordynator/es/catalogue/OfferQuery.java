package pl.koordynator.es.catalogue;

/**
 * Filters of the signed-in list of offers, each optional: a status, one organisation (of those
 * the caller may see), words of the name.
 */
public record OfferQuery(OfferStatus status, Long organisationId, String text) {

    public static OfferQuery everything() {
        return new OfferQuery(null, null, null);
    }
}
