package pl.koordynator.es.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The organiser's tools in the role matrix. {@code 999999} is no event: ROPS gets through to the
 * service (404, never 401/403), others are stopped first; the matrix's OWES account belongs to no
 * OWES, so the service refuses it before the lookup. OWES staff of the organising and of another
 * OWES are tried in ParticipantPagesTest and ParticipantApiTest. The evaluation link of a participant needs no account (an unknown token is 404).
 */
public final class ParticipantEndpoints {

    private static final Set<Role> ORGANISERS = EnumSet.of(Role.ADMIN);
    private static final String TOKEN = "/events/registrations/00000000-0000-0000-0000-000000000000/evaluation";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/events/999999/participants", false, ORGANISERS),
            Endpoint.page(HttpMethod.POST, "/events/999999/participants/999999/attendance?attended=true", false,
                    ORGANISERS),
            Endpoint.page(HttpMethod.GET, "/events/999999/participants.xlsx", false, ORGANISERS),
            Endpoint.page(HttpMethod.GET, "/events/999999/certificates.pdf", false, ORGANISERS),
            Endpoint.page(HttpMethod.GET, "/events/999999/participants/999999/certificate.pdf", false, ORGANISERS),
            Endpoint.page(HttpMethod.GET, "/events/999999/evaluation", false, ORGANISERS),
            Endpoint.page(HttpMethod.GET, TOKEN, true, EVERYONE),
            Endpoint.page(HttpMethod.POST, TOKEN, true, EVERYONE),
            Endpoint.api(HttpMethod.GET, "/api/v1/events/999999/registrations", ORGANISERS, null),
            Endpoint.api(HttpMethod.PUT, "/api/v1/events/999999/attendance", ORGANISERS,
                    "{\"registrationIds\":[1],\"attended\":true}"));

    private ParticipantEndpoints() {
    }
}
