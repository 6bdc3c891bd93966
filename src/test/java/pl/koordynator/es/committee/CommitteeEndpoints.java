package pl.koordynator.es.committee;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The committee module's API rows of the role matrix (the pages' rows are in the pages' own
 * lists). The public register is open; named votes are read by ROPS and members; a member votes
 * (999999 is no document: 404 past the URL rule); everything else is ROPS's.
 */
public final class CommitteeEndpoints {

    private static final Set<Role> INSIDERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE);
    private static final Set<Role> MEMBERS = EnumSet.of(Role.COMMITTEE);

    public static final List<Endpoint> API = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/committee/terms"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/committee/members"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/committee/meetings"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/committee/meetings/999999"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/committee/documents?status=ADOPTED"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/committee/documents/999999"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/committee/feed.atom"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/positions"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/positions/999999"),
            Endpoint.api(HttpMethod.POST, "/api/v1/committee/meetings", ADMIN, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/committee/meetings/999999/attendance", ADMIN, "[]"),
            Endpoint.api(HttpMethod.POST, "/api/v1/committee/documents", ADMIN, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/committee/documents/999999/open", ADMIN, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/committee/documents/999999/votes", MEMBERS, "{\"choice\":\"FOR\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/committee/documents/999999/votes", INSIDERS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/committee/documents/999999/named-votes", ADMIN, "[]"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/committee/documents/999999/counts", ADMIN, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/committee/documents/999999/close", ADMIN, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/positions", ADMIN, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/positions/999999", ADMIN, "{}"));

    public static final List<Endpoint> ALL = API;

    private CommitteeEndpoints() {
    }
}
