package pl.koordynator.es.networks;

/** A need posted by a business, science partner or JST, or an offer posted by a PES. */
public enum OfferSide {
    NEED, OFFER;

    public OfferSide opposite() {
        return this == NEED ? OFFER : NEED;
    }
}
