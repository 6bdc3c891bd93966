package pl.koordynator.es.publicservices;

import java.util.List;

import pl.koordynator.es.testing.Endpoint;

/** The procurement and public task API's rows of the role matrix (core). */
public final class PublicServicesEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private PublicServicesEndpoints() {
    }
}
