package pl.koordynator.es.networks.domain;

import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.registry.Kind;

/**
 * Filters of the network list, each optional: kind, a powiat (4 digits) where the network works or
 * one of its current members lies, a kind of organisation among its current members, words of the name.
 */
public record NetworkQuery(NetworkKind kind, String powiatTeryt, Kind memberKind, String text) {

    public static NetworkQuery everything() {
        return new NetworkQuery(null, null, null, null);
    }
}
