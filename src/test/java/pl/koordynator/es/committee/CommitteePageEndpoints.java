package pl.koordynator.es.committee;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The committee's signed-in pages in the role matrix: ROPS's management under /admin/committee,
 * the members' own page under /committee. {@code 999999} is no term, member, meeting, document or
 * position: a role the page lets through gets 404 (or the form back), never 401/403.
 */
public final class CommitteePageEndpoints {

    private static final Set<Role> MEMBERS = EnumSet.of(Role.COMMITTEE);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/admin/committee", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/organisations?q=Sp", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/terms/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/terms", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/terms/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/terms/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/terms/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/terms/999999/members", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/members/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/members/999999/end", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/members/999999/end", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/members/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/members/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/settings", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/settings", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/meetings", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/terms/999999/meetings/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/terms/999999/meetings", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/meetings/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/meetings/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/attendance", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/invitations", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/cancel", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/held", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/minutes", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/minutes/approve", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/agenda/999998/attachments", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/meetings/999999/attachments/999998/delete", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/meetings/999999/attachments/999998", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/documents", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/terms/999999/documents/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/terms/999999/documents", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/documents/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/documents/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/documents/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/documents/999999/open", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/documents/999999/close", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/documents/999999/counts", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/documents/999999/named-votes", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/documents/999999/attachments", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/documents/999999/attachments/999998", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/positions", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/positions/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/positions", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/committee/positions/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/positions/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/committee/positions/999999/attachments", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/committee", false, MEMBERS),
            Endpoint.page(HttpMethod.GET, "/committee/documents/999999", false, MEMBERS),
            Endpoint.page(HttpMethod.POST, "/committee/documents/999999/vote", false, MEMBERS),
            Endpoint.page(HttpMethod.GET, "/committee/meetings/999999/attachments/999998", false, MEMBERS),
            Endpoint.page(HttpMethod.GET, "/committee/meetings/999999.ics", false, MEMBERS),
            Endpoint.page(HttpMethod.GET, "/committee/documents/999999/attachments/999998", false, MEMBERS));

    private CommitteePageEndpoints() {
    }
}
