package pl.koordynator.es.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserPagesTest extends IntegrationTest {

    @Autowired
    RegistryFixtures registry;

    @Test
    void adminCreatesAUserThroughTheForm() throws Exception {
        long owes = registry.owes("OWES Gdańsk", "2261011").id();
        mvc.perform(post("/admin/users").with(users.as(Role.ADMIN)).with(csrf())
                        .param("username", "krystyna").param("displayName", "Krystyna Lis")
                        .param("email", "k.lis@owes.example").param("role", "OWES").param("organisationId", String.valueOf(owes))
                        .param("password", "Mocne-Haslo-OWES-1"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(formLogin().user("krystyna").password("Mocne-Haslo-OWES-1")).andExpect(authenticated());
    }

    @Test
    void formErrorsAreShownInPolishBesideTheFieldsAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/users").with(users.as(Role.ADMIN)).with(csrf())
                        .param("username", "k").param("displayName", "").param("email", "zly-adres")
                        .param("role", "OWES").param("password", "krotkie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Podaj poprawny adres e-mail.")))
                .andExpect(content().string(containsString("Długość musi wynosić od 3 do 100 znaków.")))
                .andExpect(content().string(containsString("To pole jest wymagane.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(jdbc.sql("select count(*) from user_account where username = 'k'").query(Long.class).single())
                .isZero();
    }

    @Test
    void takenUserNameIsReportedOnTheField() throws Exception {
        users.create("krystyna", Role.PES);
        mvc.perform(post("/admin/users").with(users.as(Role.ADMIN)).with(csrf())
                        .param("username", "Krystyna").param("displayName", "Inna Krystyna")
                        .param("email", "inna@example.org").param("role", "PES")
                        .param("password", "Mocne-Haslo-OWES-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ta nazwa użytkownika jest już zajęta.")));
    }

    @Test
    void formWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(users.as(Role.ADMIN))
                        .param("username", "bez-csrf").param("displayName", "X").param("email", "x@example.org")
                        .param("role", "PES").param("password", "Mocne-Haslo-OWES-1"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from user_account where username = 'bez-csrf'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void adminDisablesAUserWhoThenCannotSignIn() throws Exception {
        UserView user = users.create("wylaczony", Role.PES);
        mvc.perform(post("/admin/users/{id}", user.id()).with(users.as(Role.ADMIN)).with(csrf())
                        .param("displayName", "Test wylaczony").param("email", "wylaczony@example.org")
                        .param("role", "PES").param("_enabled", "on").param("version", String.valueOf(user.version())))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(formLogin().user("wylaczony").password(TestUsers.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void editOfAnOutdatedFormIsRefused() throws Exception {
        UserView user = users.create("zmieniany", Role.PES);
        jdbc.sql("update user_account set version = version + 1 where id = :id").param("id", user.id()).update();
        mvc.perform(post("/admin/users/{id}", user.id()).with(users.as(Role.ADMIN)).with(csrf())
                        .param("displayName", "Nowa nazwa").param("email", "z@example.org")
                        .param("role", "OWES").param("enabled", "true").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("zmieniony przez kogoś innego")));
        assertThat(jdbc.sql("select role from user_account where id = :id").param("id", user.id())
                .query(String.class).single()).isEqualTo("PES");
    }

    @Test
    void adminCannotDisableThemself() throws Exception {
        UserView admin = users.create("szef", Role.ADMIN);
        mvc.perform(post("/admin/users/{id}", admin.id()).with(user(users.principal(admin))).with(csrf())
                        .param("displayName", "Szef").param("email", "szef@example.org").param("role", "ADMIN")
                        .param("_enabled", "on").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nie możesz wyłączyć własnego konta.")));
    }

    @Test
    void adminResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
        UserView user = users.create("zapominalski", Role.PES);
        mvc.perform(post("/admin/users/{id}/password", user.id()).with(users.as(Role.ADMIN)).with(csrf())
                        .param("password", "Zupelnie-Nowe-Haslo-9"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(formLogin().user("zapominalski").password(TestUsers.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin().user("zapominalski").password("Zupelnie-Nowe-Haslo-9")).andExpect(authenticated());
    }

    @Test
    void userChangesTheirOwnPassword() throws Exception {
        UserView user = users.create("samodzielna", Role.PARTNER);
        mvc.perform(post("/profile/password").with(user(users.principal(user))).with(csrf())
                        .param("currentPassword", "zle-obecne-haslo").param("newPassword", "Moje-Nowe-Haslo-77")
                        .param("repeatPassword", "Moje-Nowe-Haslo-77"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Obecne hasło jest nieprawidłowe.")));
        mvc.perform(post("/profile/password").with(user(users.principal(user))).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "Moje-Nowe-Haslo-77")
                        .param("repeatPassword", "Inne-Haslo-77777"))
                .andExpect(content().string(containsString("Powtórzone hasło różni się od nowego.")));
        mvc.perform(post("/profile/password").with(user(users.principal(user))).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "Moje-Nowe-Haslo-77")
                        .param("repeatPassword", "Moje-Nowe-Haslo-77"))
                .andExpect(redirectedUrlPattern("/profile*"));
        mvc.perform(formLogin().user("samodzielna").password("Moje-Nowe-Haslo-77")).andExpect(authenticated());
    }

    @Test
    void userListSearchesAndAnswersHtmxWithTheResultsOnly() throws Exception {
        users.create("szukana.osoba", Role.OWES);
        users.create("inna.osoba", Role.PES);
        mvc.perform(get("/admin/users").param("text", "szukana").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("szukana.osoba")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("inna.osoba"))))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(get("/admin/users").param("text", "szukana").header("HX-Request", "true")
                        .with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("szukana.osoba")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    }

    @Test
    void signingInReplacesTheSessionIdAgainstSessionFixation() throws Exception {
        users.create("sesja", Role.PES);
        users.create("sesja.druga", Role.PES);
        var cookies = new java.net.CookieManager();
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        // a visitor's login page has no session (its CSRF token is in a cookie): the session that
        // exists before a sign-in is a signed-in one, and the next sign-in must not keep its id
        signIn(http, "sesja", "/login");
        String before = sessionCookie(cookies);
        signIn(http, "sesja.druga", "/profile");
        assertThat(before).isNotNull();
        assertThat(sessionCookie(cookies)).isNotNull().isNotEqualTo(before);
    }

    /** Signs in with the CSRF token of a page: the login page, or any page of someone signed in. */
    private void signIn(java.net.http.HttpClient http, String username, String tokenPage) throws Exception {
        String loginPage = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + tokenPage))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var csrfToken = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrfToken.find()).isTrue();
        var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + TestUsers.PASSWORD + "&_csrf=" + csrfToken.group(1)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/panel"));
    }

    private static String sessionCookie(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }
}
