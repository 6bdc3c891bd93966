package pl.koordynator.es.networks.web;

import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.networks.OfferSide;
import pl.koordynator.es.networks.domain.OfferQuery;

/** The filters of the offers board as they appear in its address; open posts unless {@code closed=true}. */
record OfferFilter(OfferSide side, OfferCategory category, String powiat, Boolean closed, Integer page) {

    OfferQuery toQuery() {
        return new OfferQuery(side, category, powiat == null || powiat.isBlank() ? null : powiat.strip(),
                !Boolean.TRUE.equals(closed), null);
    }
}
