package pl.koordynator.es.security.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;
import pl.koordynator.es.security.domain.SessionSettings;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie is never readable by scripts, never sent along with cross-site posts, and
 * never sent in clear when users reach the installation over https, even when the request that
 * sets it arrived as plain http from a balancer that terminated TLS.
 */
class SessionCookieTest extends IntegrationTest {

    @Test
    void sessionCookieOfTheRunningApplicationIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(session).contains("; HttpOnly").contains("; SameSite=Lax")
                // the tests' koordynator.public-url is http://localhost:8080
                .doesNotContain("Secure");
    }

    @Test
    void cookieIsSecureWheneverThePublicAddressIsHttps() {
        String cookie = sessionCookieFor("https://koordynator.rops.example", plainHttpBehindABalancer());
        assertThat(cookie).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(sessionCookieFor("HTTPS://KOORDYNATOR.ROPS.EXAMPLE/", plainHttpBehindABalancer())).contains("; Secure");
    }

    @Test
    void cookieOfAnHttpInstallationIsNotSecure() {
        String cookie = sessionCookieFor("http://localhost:8080", plainHttpBehindABalancer());
        assertThat(cookie).doesNotContain("Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    private static String sessionCookieFor(String publicUrl, HttpServletRequest request) {
        PlatformSettings platform = new PlatformSettings(Path.of("data"), false, ZoneId.of("Europe/Warsaw"), publicUrl);
        SessionConfiguration configuration = new SessionConfiguration(
                new SessionSettings(Duration.ofMinutes(30), Duration.ofHours(12)), Clock.systemUTC());
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        // what Spring Boot sets before the customizers, had someone removed the properties
        serializer.setUseHttpOnlyCookie(false);
        serializer.setSameSite(null);
        configuration.sessionCookie(platform).customize(serializer);
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }

    private static HttpServletRequest plainHttpBehindABalancer() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(false);
        return request;
    }
}
