package pl.koordynator.es.reintegration;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * Role-matrix rows of the referral pages ({@code 999999} is no referral: an allowed role gets 404, never
 * 401/403). The list is open to every signed-in user (those who take no part see why); the new-referral
 * form to PARTNER and PES accounts only. A referral and its forms are open to every signed-in role by the URL
 * rules: the service shows a referral to its two organisations only and is a 404 to anyone else, ROPS
 * included. The matrix's PARTNER and PES act for no organisation: they see the form's explanation instead of
 * the form, and with an organisation they are tried in ReferralPagesTest.
 */
public final class ReintegrationPageEndpoints {

    private static final Set<Role> PARTIES = EnumSet.of(Role.PARTNER, Role.PES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/reintegracja", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/reintegracja?strona=wyslane&state=SENT&q=CIS&monitoring=true&page=1", false,
                    EVERYONE),
            Endpoint.page(HttpMethod.GET, "/reintegracja/nowe", false, PARTIES),
            Endpoint.page(HttpMethod.POST, "/reintegracja/nowe", false, PARTIES),
            Endpoint.page(HttpMethod.GET, "/reintegracja/999999", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/reintegracja/999999/stan", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/reintegracja/999999/wynik", false, EVERYONE));

    private ReintegrationPageEndpoints() {
    }
}
