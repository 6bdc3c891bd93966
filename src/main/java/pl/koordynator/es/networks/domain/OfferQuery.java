package pl.koordynator.es.networks.domain;

import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.networks.OfferSide;

/** Filters of the board, each optional: side, category, a powiat, open ones only (default), the poster. */
public record OfferQuery(OfferSide side, OfferCategory category, String powiatTeryt, Boolean openOnly,
        Long organisationId) {

    public static OfferQuery open() {
        return new OfferQuery(null, null, null, true, null);
    }
}
