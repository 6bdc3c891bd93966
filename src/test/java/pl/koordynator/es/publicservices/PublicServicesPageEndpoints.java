package pl.koordynator.es.publicservices;

import java.util.List;

import pl.koordynator.es.testing.Endpoint;

/** The rows of the role matrix of the procurement and public task pages. */
public final class PublicServicesPageEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private PublicServicesPageEndpoints() {
    }
}
