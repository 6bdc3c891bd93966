package pl.koordynator.es.reintegration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * Role-matrix rows of reintegration ({@code 999999} is no referral or organisation: an allowed role gets
 * 404, never 401/403). The referral API is for PARTNER and PES accounts (the roles of the organisations that
 * send and receive); the matrix's users act for no organisation, so they list nothing, get 404 for a
 * referral and 400 for an empty referral. ROPS, OWES and the committee are refused by the URL rules; with an
 * organisation, users of a third organisation are tried in ReintegrationThirdOrganisationTest. The read log
 * (API and page) is ROPS's.
 */
public final class ReintegrationReferralsEndpoints {

    private static final Set<Role> PARTIES = EnumSet.of(Role.PARTNER, Role.PES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/referrals", PARTIES, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/reintegration/referrals", PARTIES, "{}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/referrals/999999", PARTIES, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/reintegration/referrals/999999/transitions", PARTIES,
                    "{\"to\":\"ACCEPTED\"}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/reintegration/referrals/999999/outcomes", PARTIES,
                    "{\"moment\":\"EXIT\",\"outcome\":\"OTHER\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/reads", Endpoint.ADMIN, null),
            Endpoint.page(HttpMethod.GET, "/admin/reintegracja/odczyty", false, Endpoint.ADMIN));

    private ReintegrationReferralsEndpoints() {
    }
}
