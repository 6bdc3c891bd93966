package pl.koordynator.es.registry;

import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The registry's rows of the role matrix. Gates by role only; which organisation a role may
 * touch is tested in OrganisationApiTest. {@code 999999} is no organisation: an allowed role
 * gets 404 (never 401/403), a refused one is stopped before the lookup.
 */
public final class RegistryEndpoints {

    /** The matrix's OWES account acts for no OWES, so of its users only ROPS registers organisations. */
    private static final EnumSet<Role> REGISTRARS = EnumSet.of(Role.ADMIN);
    private static final String ORGANISATION = "{\"name\":\"X\",\"kind\":\"NGO\"}";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/organisations", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/organisations/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/organisations/export.csv", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/organisations/export.xlsx", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/organisations/new", false, REGISTRARS),
            Endpoint.page(HttpMethod.POST, "/organisations", false, REGISTRARS),
            Endpoint.page(HttpMethod.GET, "/organisations/999999/edit", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/organisations/999999", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/organisations/999999/close", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/organisations/999999/contacts", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/organisations/999999/contacts/1/delete", false, EVERYONE),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/organisations"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/organisations/999999"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/organisations/999999/activity"),
            Endpoint.api(HttpMethod.POST, "/api/v1/organisations", EVERYONE, ORGANISATION),
            Endpoint.api(HttpMethod.PUT, "/api/v1/organisations/999999", EVERYONE, ORGANISATION),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/organisations/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/organisations/999999/contact-persons", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/organisations/999999/contact-persons", EVERYONE, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/organisations/999999/contact-persons/1", EVERYONE, "{}"),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/organisations/999999/contact-persons/1", EVERYONE, null));

    private RegistryEndpoints() {
    }
}
