package pl.koordynator.es.publicservices;

import java.util.List;

import pl.koordynator.es.testing.Endpoint;

/** The procurement import's rows of the role matrix (API and page). */
public final class ProcurementImportEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private ProcurementImportEndpoints() {
    }
}
