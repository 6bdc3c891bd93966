package pl.koordynator.es.catalogue;

/** The order of search results: by how well they match (without a query: the newest), the newest, or by name. */
public enum OfferSort {
    RELEVANCE, NEWEST, NAME
}
