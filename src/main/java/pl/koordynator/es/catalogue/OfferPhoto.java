package pl.koordynator.es.catalogue;

/** A photo of an offer, in its order; its files are at {@code /katalog/zdjecia/{id}/thumb|large}. */
public record OfferPhoto(long id, int position, String alt) {
}
