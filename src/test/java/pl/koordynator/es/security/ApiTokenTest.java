package pl.koordynator.es.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
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

    private java.time.OffsetDateTime lastUsed(long tokenId) {
        return jdbc.sql("select last_used_at from api_token where id = :id").param("id", tokenId)
                .query(java.time.OffsetDateTime.class).single();
    }

    private ApiTokenService.CreatedToken tokenOf(UserView owner, String name) {
        users.signIn(owner);
        return tokens.create(name);
    }
}
