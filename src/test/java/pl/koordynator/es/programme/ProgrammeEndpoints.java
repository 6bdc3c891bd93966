package pl.koordynator.es.programme;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The programme API's rows of the role matrix (the pages' rows are in ProgrammePageEndpoints).
 * Reads are open to everyone, visitors included: the service shows them only public indicators
 * of programmes in force (ProgrammeApiTest). {@code 999999} is no record: an allowed role gets
 * 404 (or 400 for an empty body), never 401/403.
 */
public final class ProgrammeEndpoints {

    private static final Set<Role> ADMIN_OWES = EnumSet.of(Role.ADMIN, Role.OWES);
    private static final Set<Role> MONITORING = EnumSet.of(Role.ADMIN, Role.OWES, Role.COMMITTEE);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/programme/programmes"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/programme/programmes/999999"),
            Endpoint.api(HttpMethod.POST, "/api/v1/programme/programmes", ADMIN, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/programme/programmes/999999", ADMIN, "{\"version\":0}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/programme/programmes/999999/versions", ADMIN,
                    "{\"changeSummary\":\"Aktualizacja\"}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/programme/programmes/999999/import?dryRun=true", ADMIN, null),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/programme/indicators"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/programme/indicators/999999"),
            Endpoint.api(HttpMethod.POST, "/api/v1/programme/indicators", ADMIN, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/programme/indicators/999999", ADMIN, "{\"version\":0}"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/programme/indicators/999999/values?from=2024&to=2025"),
            Endpoint.api(HttpMethod.POST, "/api/v1/programme/indicators/999999/values", ADMIN_OWES,
                    "{\"period\":\"2024\",\"value\":1,\"evidence\":\"Protokół\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/programme/indicators/999999/manual-values", MONITORING, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/programme/values", MONITORING, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/programme/values/999999/approval", ADMIN, "{\"approved\":true}"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/programme/measures"),
            Endpoint.api(HttpMethod.GET, "/api/v1/programme/settings", ADMIN, null),
            Endpoint.api(HttpMethod.PUT, "/api/v1/programme/settings", ADMIN, "{}"));

    private ProgrammeEndpoints() {
    }
}
