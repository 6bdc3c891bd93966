package pl.koordynator.es.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiTokenTest extends IntegrationTest {

    @Autowired
    ApiTokenService tokens;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void tokenCreatedOnTheProfilePageIsShownOnceAndOpensTheApi() throws Exception {
        UserView admin = users.create("ola.admin", Role.ADMIN);
        String secret = (String) mvc.perform(post("/profile/tokens").param("name", "skrypt importu")
                        .with(user(users.principal(admin))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("newToken"))
                .andReturn().getFlashMap().get("newToken");

        assertThat(secret).startsWith("kes_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :s or token_prefix = :s")
                .param("s", secret).query(Long.class).single()).isZero();

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/profile").with(user(users.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret))));
    }

    @Test
    void revokedTokenIsRefused() throws Exception {
        UserView admin = users.create("ola.admin", Role.ADMIN);
        var created = tokenOf(admin, "do unieważnienia");
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());

        mvc.perform(post("/profile/tokens/{id}/revoke", created.token().id())
                        .with(user(users.principal(admin))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void tokenCarriesItsOwnersRole() throws Exception {
        UserView owes = users.create("ola.owes", Role.OWES);
        var created = tokenOf(owes, "raporty");
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isForbidden());
    }

    @Test
    void userCannotRevokeSomeoneElsesToken() throws Exception {
        UserView owner = users.create("wlasciciel", Role.PES);
        var created = tokenOf(owner, "cudzy");
        UserView other = users.create("intruz", Role.PES);

        mvc.perform(post("/profile/tokens/{id}/revoke", created.token().id())
                        .with(user(users.principal(other))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = :id")
                .param("id", created.token().id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void tokenOfADisabledUserIsRefused() throws Exception {
        UserView admin = users.create("ola.admin", Role.ADMIN);
        var created = tokenOf(admin, "stary skrypt");
        jdbc.sql("update user_account set enabled = false where id = :id").param("id", admin.id()).update();
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void garbageBearerIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer kes_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenNeedsAName() throws Exception {
        UserView pes = users.create("ola.pes", Role.PES);
        mvc.perform(post("/profile/tokens").param("name", "  ").with(user(users.principal(pes))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Podaj nazwę tokenu")));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isZero();
    }

    @Test
    void lastUseIsRecordedToTheMinuteSoThatReadingTheApiWritesNothing() throws Exception {
        UserView admin = users.create("ola.admin", Role.ADMIN);
        var created = tokenOf(admin, "pulpit");
        users.signOut();
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());
        var firstUse = lastUsed(created.token().id());
        assertThat(firstUse).isNotNull();

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());
        assertThat(lastUsed(created.token().id())).isEqualTo(firstUse);

        // a minute later the next call records itself again
        jdbc.sql("update api_token set last_used_at = last_used_at - interval '61 seconds' where id = :id")
                .param("id", created.token().id()).update();
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());
        assertThat(lastUsed(created.token().id())).isAfter(firstUse);
    }

    @Test
    void tokenLivesForThePeriodChosenAtCreationAndTheListShowsItsExpiryAndLastUse() throws Exception {
        UserView admin = users.create("ola.admin", Role.ADMIN);
        String secret = (String) mvc.perform(post("/profile/tokens").param("name", "import miesięczny")
                        .param("lifetime", "DAYS_30").with(user(users.principal(admin))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("newToken");
        mvc.perform(post("/profile/tokens").param("name", "bez wyboru").with(user(users.principal(admin))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(daysValid("import miesięczny")).isEqualTo(30);
        assertThat(daysValid("bez wyboru")).isBetween(365L, 366L);
        String expiry = expiryDate("import miesięczny");
        mvc.perform(get("/profile").with(user(users.principal(admin))))
                .andExpect(content().string(containsString("Ważny do")))
                .andExpect(content().string(containsString("<td>" + expiry + "</td>")))
                .andExpect(content().string(containsString("<td>nigdy</td>")));

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        String usedAt = jdbc.sql("""
                select to_char(last_used_at at time zone 'Europe/Warsaw', 'DD.MM.YYYY HH24:MI') from api_token
                where name = 'import miesięczny'""").query(String.class).single();
        mvc.perform(get("/profile").with(user(users.principal(admin))))
                .andExpect(content().string(containsString("<td>" + usedAt + "</td>")));
    }

    @Test
    void unknownLifetimeIsRefusedBesideTheFieldAndNoTokenIsCreated() throws Exception {
        UserView pes = users.create("ola.pes", Role.PES);
        mvc.perform(post("/profile/tokens").param("name", "na zawsze").param("lifetime", "YEARS_10")
                        .with(user(users.principal(pes))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"tokenLifetime-error\" class=\"invalid-feedback d-block\">Wybierz okres ważności z listy.")))
                .andExpect(content().string(containsString("value=\"na zawsze\"")));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isZero();
    }

    @Test
    void expiredTokenIsRefusedLikeARevokedOneAndListedAsExpired() throws Exception {
        UserView admin = users.create("ola.admin", Role.ADMIN);
        var created = tokenOf(admin, "stary import");
        users.signOut();
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());

        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id")
                .param("id", created.token().id()).update();

        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        String expiredOn = expiryDate("stary import");
        mvc.perform(get("/profile").with(user(users.principal(admin))))
                .andExpect(content().string(containsString("wygasł " + expiredOn)))
                .andExpect(content().string(not(containsString("Unieważnij token stary import"))));
    }

    private String expiryDate(String name) {
        return jdbc.sql("""
                select to_char(expires_at at time zone 'Europe/Warsaw', 'DD.MM.YYYY') from api_token where name = :name
                """).param("name", name).query(String.class).single();
    }

    private long daysValid(String name) {
        return jdbc.sql("select extract(day from expires_at - created_at)::bigint from api_token where name = :name")
                .param("name", name).query(Long.class).single();
    }

    private java.time.OffsetDateTime lastUsed(long tokenId) {
        return jdbc.sql("select last_used_at from api_token where id = :id").param("id", tokenId)
                .query(java.time.OffsetDateTime.class).single();
    }

    private ApiTokenService.CreatedToken tokenOf(UserView owner, String name) {
        users.signIn(owner);
        return tokens.create(name);
    }
}
