package pl.koordynator.es.catalogue;

import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.shared.Paging;

/**
 * A search of the public catalogue, every filter optional. {@code q}: words in Polish with or
 * without Polish letters, one typo per word tolerated. {@code category}: a top category or a
 * subcategory code. {@code gminaTeryt} / {@code powiatTeryt}: offers serving that unit (an offer
 * for the region or the whole country serves every unit). {@code marked}: with a valid mark.
 */
public record OfferSearch(String q, String category, String gminaTeryt, String powiatTeryt, Kind pesKind,
        Boolean socialEnterprise, Boolean marked, OfferSort sort, Integer page, Integer size) {

    public static OfferSearch all() {
        return new OfferSearch(null, null, null, null, null, null, null, null, null, null);
    }

    public static OfferSearch text(String q) {
        return new OfferSearch(q, null, null, null, null, null, null, null, null, null);
    }

    /** The page asked for; out of bounds is a problem naming {@code page} or {@code size}. */
    public Paging paging() {
        return Paging.of(page, size);
    }
}
