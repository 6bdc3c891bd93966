package pl.koordynator.es.events;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The events' rows of the role matrix. The matrix's users belong to no organisation, so of them
 * only ADMIN organises events: an OWES account without its OWES is refused like the others. OWES
 * staff with their organisation are tried in EventApiTest and EventPagesTest. {@code 999999} is
 * no event: an allowed role gets 404 (never 401/403), a refused one is stopped before the lookup.
 */
public final class EventsEndpoints {

    private static final String EVENT = "{\"title\":\"x\"}";
    private static final String PERSON = "{\"name\":\"Anna Nowak\",\"email\":\"anna@example.pl\",\"consent\":true}";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/events", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/events/calendar", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/events/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/events.ics", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/events/999999.ics", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/events/organisations?organisationName=Spół", true, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/events/999999/registrations", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/events/registrations/00000000-0000-0000-0000-000000000000", true, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/events/registrations/00000000-0000-0000-0000-000000000000/cancel", true,
                    EVERYONE),
            Endpoint.page(HttpMethod.GET, "/events/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/events", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/events/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/events/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/events/999999/publish", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/events/999999/cancel", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/events/999999/delete", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/outbox", false, ADMIN),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/events"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/events/999999"),
            new Endpoint(HttpMethod.POST, "/api/v1/events/999999/registrations", true, EVERYONE, PERSON),
            Endpoint.api(HttpMethod.POST, "/api/v1/events", ADMIN, EVENT),
            Endpoint.api(HttpMethod.PUT, "/api/v1/events/999999", ADMIN, EVENT),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/events/999999", ADMIN, null));

    private EventsEndpoints() {
    }
}
