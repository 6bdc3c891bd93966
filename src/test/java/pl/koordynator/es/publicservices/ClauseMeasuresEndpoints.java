package pl.koordynator.es.publicservices;

import java.util.List;

import pl.koordynator.es.testing.Endpoint;

/** The rows of the role matrix of the social clause measures (API and pages). */
public final class ClauseMeasuresEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private ClauseMeasuresEndpoints() {
    }
}
