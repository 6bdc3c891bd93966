package pl.koordynator.es.publicservices;

import java.util.List;

import pl.koordynator.es.testing.Endpoint;

/** The rows of the role matrix of matching PES to opportunities (API and pages). */
public final class MatchingEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private MatchingEndpoints() {
    }
}
