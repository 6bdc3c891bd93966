package pl.koordynator.es.security.web;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's form keeps its CSRF token in a cookie, so reading a public page with a form (an
 * event's registration) writes no session row; a signed-in user's token is the session's (issue 17).
 */
class VisitorCsrfTokensTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    EventsFixtures events;

    @Autowired
    WebApplicationContext context;

    /**
     * MockMvc's {@code csrf()} in any earlier test of the shared context replaces the CsrfFilter's
     * repository with a session-based one for good, real HTTP requests included; these tests are
     * about the product's own repository, so they put it back.
     */
    @BeforeEach
    void theProductsCsrfTokens() {
        WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext(), "GET", "/events/1"),
                new VisitorCsrfTokens(false));
    }

    @Test
    void aVisitorReadingAnEventPageLeavesNoSessionAndRegistersWithItsFormAsBefore() throws Exception {
        EventView event = events.published(events.training("Zakładanie spółdzielni socjalnej", 20));
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        long sessions = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/events/" + event.id())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(sessions);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("CSRF=").contains("HttpOnly")
                        .contains("SameSite=Lax").contains("Path=/"));

        String form = "name=Anna+Nowak&email=anna%40example.pl&consent=true&altcha="
                + URLEncoder.encode(challenges.solved(), StandardCharsets.UTF_8);
        HttpResponse<String> forged = post(http, "/events/" + event.id() + "/registrations", form);
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> registered = post(http, "/events/" + event.id() + "/registrations",
                form + "&_csrf=" + URLEncoder.encode(token(page.body()), StandardCharsets.UTF_8));
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/events/registrations/"));
        assertThat(jdbc.sql("select count(*) from event_registration").query(Long.class).single()).isOne();
    }

    @Test
    void aSignedInUsersFormIsCheckedAgainstTheSessionsTokenNeverACookieSomeoneSet() throws Exception {
        users.create("csrf.user", Role.PES);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> login = post(http, "/login", "username=csrf.user&password=" + TestUsers.PASSWORD
                + "&_csrf=" + URLEncoder.encode(token(loginPage), StandardCharsets.UTF_8));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/panel"));

        // a cookie planted by a sibling site, and the form field to match it
        HttpCookie planted = new HttpCookie("CSRF", "0b9f1c2e-4d6a-4f3b-9e8d-7a6b5c4d3e2f");
        planted.setPath("/");
        cookies.getCookieStore().add(uri("/"), planted);
        HttpResponse<String> forged = post(http, "/logout", "_csrf=" + masked("0b9f1c2e-4d6a-4f3b-9e8d-7a6b5c4d3e2f"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(uri("/panel")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("still signed in").isEqualTo(200);

        String own = token(http.send(HttpRequest.newBuilder(uri("/panel")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> logout = post(http, "/logout", "_csrf=" + URLEncoder.encode(own, StandardCharsets.UTF_8));
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page's CSRF token").isTrue();
        return token.group(1);
    }

    /** The form value Spring Security's default handler accepts for a token: random bytes, then the token XOR them (here zeros). */
    private static String masked(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] combined = new byte[bytes.length * 2];
        System.arraycopy(bytes, 0, combined, bytes.length, bytes.length);
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
