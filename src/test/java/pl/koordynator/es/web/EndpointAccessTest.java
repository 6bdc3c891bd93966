package pl.koordynator.es.web;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.koordynator.es.registry.RegistryEndpoints;
import pl.koordynator.es.registry.RegistryImportEndpoints;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.statistics.StatisticsEndpoints;
import pl.koordynator.es.testing.Endpoint;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.TerritoryEndpoints;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;
import static pl.koordynator.es.testing.Endpoint.api;
import static pl.koordynator.es.testing.Endpoint.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint, tried by an anonymous visitor and by a user of each role: the allowed ones get
 * through, the others are refused (pages: login redirect or 403; API: 401 or 403).
 */
class EndpointAccessTest extends IntegrationTest {

    static Stream<Endpoint> endpoints() {
        return Stream.of(frame(), TerritoryEndpoints.ALL.stream(), RegistryEndpoints.ALL.stream(),
                RegistryImportEndpoints.ALL.stream(), pl.koordynator.es.map.MapEndpoints.ALL.stream(),
                pl.koordynator.es.needs.NeedsEndpoints.ALL.stream(),
                StatisticsEndpoints.ALL.stream(),
                pl.koordynator.es.notifications.NotificationsEndpoints.ALL.stream(),
                pl.koordynator.es.reporting.ReportingEndpoints.ALL.stream(),
                pl.koordynator.es.events.EventsEndpoints.ALL.stream(),
                pl.koordynator.es.events.PlanEndpoints.ALL.stream(),
                pl.koordynator.es.programme.ProgrammeEndpoints.ALL.stream(),
                pl.koordynator.es.support.SupportEndpoints.ALL.stream(),
                pl.koordynator.es.networks.NetworksEndpoints.ALL.stream(),
                pl.koordynator.es.committee.CommitteeEndpoints.ALL.stream(),
                pl.koordynator.es.privacy.PersonalDataEndpoints.ALL.stream(),
                pl.koordynator.es.programme.ProgrammePageEndpoints.ALL.stream(),
                pl.koordynator.es.committee.CommitteePageEndpoints.ALL.stream(),

                pl.koordynator.es.events.ParticipantEndpoints.ALL.stream(),
                pl.koordynator.es.networks.NetworksPageEndpoints.ALL.stream(),
                pl.koordynator.es.committee.CommitteePublicEndpoints.ALL.stream(),
                pl.koordynator.es.catalogue.CatalogueEndpoints.ALL.stream(),
                pl.koordynator.es.catalogue.CatalogueMarkEndpoints.ALL.stream(),
                pl.koordynator.es.catalogue.CataloguePublicEndpoints.ALL.stream(),
                pl.koordynator.es.catalogue.CataloguePagesEndpoints.ALL.stream(),
                pl.koordynator.es.catalogue.CataloguePhotoEndpoints.ALL.stream(),
                pl.koordynator.es.catalogue.CatalogueNewsEndpoints.ALL.stream(),
                pl.koordynator.es.publicservices.PublicServicesEndpoints.ALL.stream(),
                pl.koordynator.es.publicservices.ProcurementImportEndpoints.ALL.stream(),
                pl.koordynator.es.publicservices.ClauseMeasuresEndpoints.ALL.stream(),
                pl.koordynator.es.publicservices.MatchingEndpoints.ALL.stream(),
                pl.koordynator.es.publicservices.PublicServicesPageEndpoints.ALL.stream(),
                pl.koordynator.es.localplans.LocalPlansEndpoints.ALL.stream(),
                pl.koordynator.es.localplans.LocalPlansPageEndpoints.ALL.stream(),
                pl.koordynator.es.localplans.LocalPlanSectionsEndpoints.ALL.stream(),
                pl.koordynator.es.localplans.LocalPlanDiagnosisEndpoints.ALL.stream(),
                pl.koordynator.es.localplans.LocalPlanCoverageEndpoints.ALL.stream(),
                pl.koordynator.es.localplans.LocalPlanMonitoringEndpoints.ALL.stream(),
                pl.koordynator.es.reintegration.ReintegrationReferralsEndpoints.ALL.stream(),
                pl.koordynator.es.reintegration.ReintegrationPageEndpoints.ALL.stream(),
                pl.koordynator.es.reintegration.ReintegrationCapacityEndpoints.ALL.stream(),
                pl.koordynator.es.reintegration.ReintegrationAggregatesEndpoints.ALL.stream()).flatMap(s -> s);
    }

    private static Stream<Endpoint> frame() {
        return Stream.of(
                page(HttpMethod.GET, "/", true, EVERYONE),
                page(HttpMethod.GET, "/login", true, EVERYONE),
                page(HttpMethod.GET, "/deklaracja-dostepnosci", true, EVERYONE),
                page(HttpMethod.GET, "/panel", false, EVERYONE),
                page(HttpMethod.GET, "/profile", false, EVERYONE),
                page(HttpMethod.POST, "/profile/password", false, EVERYONE),
                page(HttpMethod.POST, "/profile/tokens", false, EVERYONE),
                page(HttpMethod.POST, "/profile/tokens/999999/revoke", false, EVERYONE),
                page(HttpMethod.POST, "/session/keep-alive", false, EVERYONE),
                page(HttpMethod.GET, "/admin/users", false, ADMIN),
                page(HttpMethod.GET, "/admin/users/new", false, ADMIN),
                page(HttpMethod.GET, "/admin/users/organisations?q=Sp", false, ADMIN),
                page(HttpMethod.POST, "/admin/users", false, ADMIN),
                page(HttpMethod.GET, "/admin/users/{user}", false, ADMIN),
                page(HttpMethod.POST, "/admin/users/{user}", false, ADMIN),
                page(HttpMethod.POST, "/admin/users/{user}/password", false, ADMIN),
                page(HttpMethod.GET, "/admin/audit", false, ADMIN),
                api(HttpMethod.GET, "/api/v1/users", ADMIN, null),
                api(HttpMethod.POST, "/api/v1/users", ADMIN, "{}"),
                api(HttpMethod.GET, "/api/v1/users/{user}", ADMIN, null),
                api(HttpMethod.PUT, "/api/v1/users/{user}", ADMIN, "{\"role\":\"PES\",\"enabled\":true}"),
                api(HttpMethod.GET, "/api/v1/audit", ADMIN, null),
                new Endpoint(HttpMethod.GET, "/actuator/health", true, EVERYONE, null),
                Endpoint.publicApi(HttpMethod.GET, "/api/v1/challenge"),
                api(HttpMethod.GET, "/actuator/info", ADMIN, null),
                api(HttpMethod.GET, "/actuator/metrics", ADMIN, null),
                api(HttpMethod.GET, "/actuator/flyway", ADMIN, null),
                new Endpoint(HttpMethod.GET, "/v3/api-docs", true, EVERYONE, null),
                new Endpoint(HttpMethod.GET, "/v3/api-docs.yaml", true, EVERYONE, null),
                new Endpoint(HttpMethod.GET, "/v3/api-docs/swagger-config", true, EVERYONE, null),
                page(HttpMethod.GET, "/swagger-ui.html", true, EVERYONE),
                page(HttpMethod.GET, "/error", true, EVERYONE));
    }

    static Stream<Arguments> cases() {
        return endpoints().flatMap(endpoint -> Stream.concat(Stream.of(Arguments.of(endpoint, null)),
                Stream.of(Role.values()).map(role -> Arguments.of(endpoint, role))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyAllowedRolesGetThrough(Endpoint endpoint, Role role) throws Exception {
        UserView target = users.create("target-" + System.nanoTime(), Role.PES);
        MockHttpServletRequestBuilder request = request(endpoint.method(),
                endpoint.path().replace("{user}", String.valueOf(target.id())));
        if (endpoint.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.json());
        }
        if (!endpoint.api()) {
            request.with(csrf());
        }
        if (role != null) {
            request.with(users.as(role));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        boolean allowed = role == null ? endpoint.anonymous() : endpoint.roles().contains(role);
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        boolean refused = status == 401 || status == 403
                || (redirect != null && redirect.endsWith("/login"));
        if (allowed) {
            assertThat(refused).as("%s as %s got %s %s", endpoint, role, status, redirect).isFalse();
            // the error page reached directly shows "no error status known", which Boot answers as 500
            assertThat(status).as("%s as %s", endpoint, role).isLessThan(endpoint.path().equals("/error") ? 501 : 500);
        } else {
            assertThat(refused).as("%s as %s got %s %s", endpoint, role, status, redirect).isTrue();
            if (endpoint.api()) {
                assertThat(status).isEqualTo(role == null ? 401 : 403);
                assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
        }
    }
}
