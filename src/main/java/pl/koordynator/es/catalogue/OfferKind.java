package pl.koordynator.es.catalogue;

/** What a PES sells. */
public enum OfferKind {
    PRODUCT, SERVICE
}
