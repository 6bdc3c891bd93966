package pl.koordynator.es.needs.domain;

import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.NeedStatus;

/**
 * Filters of the need lists; null matches everything. {@code own} keeps only the needs of the
 * caller's organisation (and the caller's own), within what the caller may see anyway.
 */
public record NeedQuery(String gminaTeryt, NeedCategory category, NeedStatus status, boolean own) {

    public static NeedQuery everything() {
        return new NeedQuery(null, null, null, false);
    }
}
