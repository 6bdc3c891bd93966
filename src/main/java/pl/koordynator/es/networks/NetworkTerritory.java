package pl.koordynator.es.networks;

/** Where a network works: the whole region, one subregion, or the powiats listed. */
public enum NetworkTerritory {
    REGION, SUBREGION, POWIATS
}
