package pl.koordynator.es.networks.web;

import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.networks.domain.NetworkQuery;
import pl.koordynator.es.registry.Kind;

/** The filters of the network list as they appear in its address. */
record NetworkFilter(NetworkKind kind, String powiat, Kind memberKind, String q, Integer page) {

    NetworkQuery toQuery() {
        return new NetworkQuery(kind, blank(powiat) ? null : powiat.strip(), memberKind, blank(q) ? null : q.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
