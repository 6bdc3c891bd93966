package pl.koordynator.es.reintegration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * Role-matrix rows of reintegration ({@code 999999} is no referral or organisation: an allowed role gets
 * 404, never 401/403). The list and a new referral are for PARTNER and PES accounts (the roles of the
 * organisations that send and receive); the matrix's users act for no organisation, so they list nothing and
 * get 400 for an empty referral. One referral, its transitions and outcomes are open to every signed-in role
 * by the URL rules, so that whoever is no party (ROPS, OWES and the committee included) gets 404 from the
 * service; with an organisation, users of a third organisation are tried in
 * ReintegrationThirdOrganisationTest. The read log (API and page) is ROPS's.
 */
public final class ReintegrationReferralsEndpoints {

    private static final Set<Role> PARTIES = EnumSet.of(Role.PARTNER, Role.PES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/referrals", PARTIES, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/reintegration/referrals", PARTIES, "{}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/referrals/999999", Endpoint.EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/reintegration/referrals/999999/transitions", Endpoint.EVERYONE,
                    "{\"to\":\"ACCEPTED\"}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/reintegration/referrals/999999/outcomes", Endpoint.EVERYONE,
                    "{\"moment\":\"EXIT\",\"outcome\":\"OTHER\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/reads", Endpoint.ADMIN, null),
            Endpoint.page(HttpMethod.GET, "/admin/reintegracja/odczyty", false, Endpoint.ADMIN));

    private ReintegrationReferralsEndpoints() {
    }
}
