package pl.koordynator.es.catalogue;

/** A gmina (7 digits) or powiat (4 digits) an offer serves, with its name. */
public record OfferArea(String teryt, String name) {
}
