package pl.koordynator.es.reintegration;

import java.util.List;

import pl.koordynator.es.testing.Endpoint;

/**
 * Role-matrix rows of reintegration ({@code 999999} is no referral or organisation: an allowed role gets
 * 404, never 401/403). Filled by the part of the module that adds the handlers.
 */
public final class ReintegrationPageEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private ReintegrationPageEndpoints() {
    }
}
