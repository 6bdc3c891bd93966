package pl.koordynator.es.localplans;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The role matrix of the monitoring of local plans: every signed-in role reads it, ROPS and PARTNER
 * accounts write values and notes. {@code 999999} is no plan: an allowed role gets 404, never 401/403.
 * The matrix's PARTNER acts for no JST; with one (and the OWES refused by the service) it is tried in
 * LocalPlanMonitoringTest.
 */
public final class LocalPlanMonitoringEndpoints {

    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.PARTNER);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/local-plans/999999/monitoring", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/local-plans/999999/monitoring?year=2026", EVERYONE, null),
            Endpoint.api(HttpMethod.PUT, "/api/v1/local-plans/999999/indicators/999999/values/2026", WRITERS,
                    "{\"value\": 1}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/local-plans/999999/notes/2026", WRITERS,
                    "{\"text\": \"Notatka\", \"version\": 0}"),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/999999/monitoring", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/999999/monitoring?rok=2026", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/plany-lokalne/999999/monitoring/wartosci?rok=2026", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/plany-lokalne/999999/monitoring/notatka?rok=2026&text=x", false, WRITERS));

    private LocalPlanMonitoringEndpoints() {
    }
}
