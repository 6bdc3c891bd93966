package pl.koordynator.es.catalogue;

/** Where the PES delivers: chosen gminas, chosen powiats, the whole region or the whole country. */
public enum AreaScope {
    GMINAS, POWIATS, REGION, COUNTRY
}
