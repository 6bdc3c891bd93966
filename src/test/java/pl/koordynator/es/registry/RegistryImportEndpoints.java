package pl.koordynator.es.registry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.api;
import static pl.koordynator.es.testing.Endpoint.page;

/** The registry import's rows of the role matrix in {@code EndpointAccessTest}: ADMIN and OWES only. */
public final class RegistryImportEndpoints {

    private static final Set<Role> IMPORTERS = EnumSet.of(Role.ADMIN, Role.OWES);

    public static final List<Endpoint> ALL = List.of(
            api(HttpMethod.POST, "/api/v1/organisations/import", IMPORTERS, "{}"),
            page(HttpMethod.GET, "/organisations/import", false, IMPORTERS),
            page(HttpMethod.POST, "/organisations/import", false, IMPORTERS),
            page(HttpMethod.GET, "/organisations/import/template.csv", false, IMPORTERS),
            page(HttpMethod.GET, "/organisations/import/999999", false, IMPORTERS),
            page(HttpMethod.POST, "/organisations/import/999999/run", false, IMPORTERS),
            page(HttpMethod.POST, "/organisations/import/999999/restart", false, IMPORTERS),
            page(HttpMethod.GET, "/organisations/import/999999/errors.csv", false, IMPORTERS));

    private RegistryImportEndpoints() {
    }
}
