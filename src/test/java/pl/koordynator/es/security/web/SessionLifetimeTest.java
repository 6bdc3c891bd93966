package pl.koordynator.es.security.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SignedInClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in session ends after 30 minutes without a request, and 12 hours after signing in
 * however busy it is; every page tells its script when, and "Przedłuż sesję" restarts the idle
 * countdown. Time passes by moving the session's own records back.
 */
class SessionLifetimeTest extends IntegrationTest {

    private static final Pattern PAGE_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern ENDS_AT = Pattern.compile("data-ends-at=\"(\\d+)\"");

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void sessionIdleForThirtyMinutesEnds() throws Exception {
        users.create("ola.pes", Role.PES);
        SignedInClient browser = new SignedInClient(baseUrl(), "ola.pes");

        idle("ola.pes", Duration.ofMinutes(29));
        assertThat(browser.get("/panel").statusCode()).isEqualTo(200);

        idle("ola.pes", Duration.ofMinutes(31));
        HttpResponse<String> ended = browser.get("/panel");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void sessionEndsTwelveHoursAfterSigningInHoweverActive() throws Exception {
        users.create("ola.owes", Role.OWES);
        SignedInClient browser = new SignedInClient(baseUrl(), "ola.owes");
        assertThat(browser.get("/panel").statusCode()).isEqualTo(200);

        signedInAgo("ola.owes", Duration.ofHours(12).minusMinutes(1));
        assertThat(browser.get("/panel").statusCode()).isEqualTo(200);

        signedInAgo("ola.owes", Duration.ofHours(12).plusSeconds(1));
        HttpResponse<String> ended = browser.get("/panel");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        HttpResponse<String> login = browser.get("/login?expired");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Twoja sesja wygasła. Zaloguj się ponownie.");
        assertThat(browser.get("/panel").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'ola.owes'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void htmxRequestOfAnEndedSessionLoadsTheSignInPageWhole() throws Exception {
        users.create("ola.admin", Role.ADMIN);
        SignedInClient browser = new SignedInClient(baseUrl(), "ola.admin");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
        signedInAgo("ola.admin", Duration.ofHours(13));

        HttpResponse<String> ended = browser.get("/admin/users?text=ola", "HX-Request", "true");

        assertThat(ended.statusCode()).isEqualTo(401);
        assertThat(ended.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
        assertThat(browser.get("/admin/users").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void everySignedInPageCarriesWhenItsSessionEnds() throws Exception {
        users.create("ola.komitet", Role.COMMITTEE);
        SignedInClient browser = new SignedInClient(baseUrl(), "ola.komitet");
        long firstPage = System.currentTimeMillis();

        String panel = browser.get("/panel").body();

        assertThat(panel).containsPattern("src=\"/js/session-[0-9a-f]{32}\\.js\"").contains("data-idle-seconds=\"1800\"")
                .contains("data-warn-seconds=\"120\"").contains("Twoja sesja wygaśnie za 2 minuty")
                .contains("Przedłuż sesję");
        Matcher endsAt = ENDS_AT.matcher(panel);
        assertThat(endsAt.find()).isTrue();
        // counted from the first page after signing in, which stamps the session
        assertThat(Long.parseLong(endsAt.group(1)) - firstPage)
                .isBetween(Duration.ofHours(12).toMillis(), Duration.ofHours(12).plusMinutes(1).toMillis());
        String home = anonymousGet("/");
        assertThat(home).doesNotContain("session.js").doesNotContain("session-timeout");
    }

    @Test
    void keepAliveRestartsTheIdleCountdown() throws Exception {
        users.create("ola.partner", Role.PARTNER);
        SignedInClient browser = new SignedInClient(baseUrl(), "ola.partner");
        Matcher csrf = PAGE_CSRF.matcher(browser.get("/panel").body());
        assertThat(csrf.find()).isTrue();
        idle("ola.partner", Duration.ofMinutes(29));

        HttpResponse<String> extended = browser.post("/session/keep-alive",
                "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));

        assertThat(extended.statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("""
                select (extract(epoch from clock_timestamp()) * 1000)::bigint - last_access_time
                from spring_session where principal_name = 'ola.partner'""").query(Long.class).single())
                .isLessThan(Duration.ofSeconds(30).toMillis());
        idle("ola.partner", Duration.ofMinutes(29));
        assertThat(browser.get("/panel").statusCode()).isEqualTo(200);
    }

    /** As if the user's sessions had seen no request for {@code idle}. */
    private void idle(String username, Duration idle) {
        jdbc.sql("""
                update spring_session set last_access_time = (extract(epoch from clock_timestamp()) * 1000)::bigint - :idle,
                    expiry_time = (extract(epoch from clock_timestamp()) * 1000)::bigint - :idle + max_inactive_interval * 1000
                where principal_name = :username""")
                .param("idle", idle.toMillis()).param("username", username).update();
    }

    private void signedInAgo(String username, Duration ago) {
        backdate(sessions, username, ago);
    }

    private static <S extends Session> void backdate(FindByIndexNameSessionRepository<S> repository, String username,
            Duration ago) {
        var found = repository.findByPrincipalName(username).values();
        assertThat(found).isNotEmpty();
        for (S session : found) {
            session.setAttribute(SessionLifetime.SIGNED_IN_AT, System.currentTimeMillis() - ago.toMillis());
            repository.save(session);
        }
    }

    private String anonymousGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
