package pl.koordynator.es.territory;

import java.util.List;

import pl.koordynator.es.support.Endpoint;

/** The territory module's rows of the role matrix in {@code EndpointAccessTest}. */
public final class TerritoryEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private TerritoryEndpoints() {
    }
}
