package pl.koordynator.es.security;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SignedInClient;
import pl.koordynator.es.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a new password does to what the old one opened: a reset by the administrator ends every
 * session and revokes every API token; the user's own change ends their other sessions, keeps
 * the one they changed it in, and revokes the tokens only when they ask.
 */
class PasswordChangeEndsSessionsTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** An API read open to OWES staff. */
    private static final String API = "/api/v1/reporting/templates/OWES_QUARTERLY";
    private static final String NEW_PASSWORD = "Calkiem-Nowe-Haslo-2026";

    @Autowired
    ApiTokenService tokens;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void tokenUsedAfterAPasswordResetIsRefusedAndTheUserIsSignedOutEverywhere() throws Exception {
        UserView owes = users.create("ola.owes", Role.OWES);
        String script = tokenOf(owes, "skrypt raportów");
        String laptop = tokenOf(owes, "laptop");
        SignedInClient browser = new SignedInClient(baseUrl(), "ola.owes");
        assertThat(browser.get("/profile").statusCode()).isEqualTo(200);
        mvc.perform(get(API).header("Authorization", "Bearer " + script))
                .andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/password", owes.id()).with(users.as(Role.ADMIN)).with(csrf())
                        .param("password", NEW_PASSWORD))
                .andExpect(redirectedUrlPattern("/admin/users/*"));

        for (String token : new String[] {script, laptop}) {
            mvc.perform(get(API).header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(401));
        }
        assertSignedOut(browser.get("/profile"));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'ApiToken' and action = 'UPDATE'
                  and changes -> 'revokedAt' ->> 'new' is not null""").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void ownPasswordChangeSignsOutTheOtherSessionsAndKeepsTheOneThatChangedIt() throws Exception {
        UserView owes = users.create("ola.owes", Role.OWES);
        String script = tokenOf(owes, "integracja");
        SignedInClient office = new SignedInClient(baseUrl(), "ola.owes");
        SignedInClient home = new SignedInClient(baseUrl(), "ola.owes");

        HttpResponse<String> changed = changePassword(office, false);

        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/profile");
        assertSignedOut(home.get("/profile"));
        HttpResponse<String> stillIn = office.get("/profile");
        assertThat(stillIn.statusCode()).isEqualTo(200);
        assertThat(stillIn.body()).contains("Hasło zostało zmienione.")
                .contains("Zakończono Twoje sesje na innych urządzeniach: 1.")
                .contains("Twoje tokeny API nadal działają (aktywne: 1)");
        // not asked to: the script keeps working
        mvc.perform(get(API).header("Authorization", "Bearer " + script))
                .andExpect(status().isOk());
        new SignedInClient(baseUrl(), "ola.owes", NEW_PASSWORD);
    }

    @Test
    void ownPasswordChangeRevokesTheTokensWhenAsked() throws Exception {
        UserView owes = users.create("ola.owes", Role.OWES);
        String script = tokenOf(owes, "skrypt raportów");
        SignedInClient browser = new SignedInClient(baseUrl(), "ola.owes");
        assertThat(browser.get("/profile").body()).contains("Unieważnij również moje tokeny API (aktywne: 1)");

        changePassword(browser, true);

        mvc.perform(get(API).header("Authorization", "Bearer " + script))
                .andExpect(status().isUnauthorized());
        HttpResponse<String> profile = browser.get("/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Unieważniono tokeny API: 1.")
                .doesNotContain("Unieważnij również moje tokeny API");
    }

    @Test
    void wrongCurrentPasswordChangesNothingAndEndsNoSession() throws Exception {
        users.create("ola.pes", Role.PES);
        SignedInClient office = new SignedInClient(baseUrl(), "ola.pes");
        SignedInClient home = new SignedInClient(baseUrl(), "ola.pes");
        String csrf = csrfOf(office.get("/profile"));

        HttpResponse<String> refused = office.post("/profile/password", "currentPassword=zle-haslo-123456"
                + "&newPassword=" + NEW_PASSWORD + "&repeatPassword=" + NEW_PASSWORD + "&_csrf=" + encode(csrf));

        assertThat(refused.body()).contains("Obecne hasło jest nieprawidłowe.");
        assertThat(home.get("/profile").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> changePassword(SignedInClient client, boolean revokeTokens) throws Exception {
        String csrf = csrfOf(client.get("/profile"));
        return client.post("/profile/password", "currentPassword=" + encode(TestUsers.PASSWORD)
                + "&newPassword=" + NEW_PASSWORD + "&repeatPassword=" + NEW_PASSWORD
                + (revokeTokens ? "&revokeTokens=true" : "") + "&_csrf=" + encode(csrf));
    }

    private static void assertSignedOut(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private String tokenOf(UserView owner, String name) {
        users.signIn(owner);
        try {
            return tokens.create(name).secret();
        } finally {
            users.signOut();
        }
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
