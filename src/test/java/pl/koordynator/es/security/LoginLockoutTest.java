package pl.koordynator.es.security;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.TestUsers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LoginLockoutTest extends IntegrationTest {

    @Test
    void rightPasswordSignsInAndLandsOnTheDashboard() throws Exception {
        users.create("marta", Role.PES);
        mvc.perform(formLogin().user("marta").password(TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername("marta"))
                .andExpect(redirectedUrl("/panel"));
    }

    @Test
    void sixthAttemptIsRefusedEvenWithTheRightPassword() throws Exception {
        users.create("marta", Role.PES);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user("marta").password("wrong-password-" + attempt))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("marta").password("wrong-password-5"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));

        mvc.perform(formLogin().user("marta").password(TestUsers.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/audit").with(httpBasic("marta", TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void lockRunsOutAfterFifteenMinutes() throws Exception {
        users.create("marta", Role.PES);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user("marta").password("wrong-password"));
        }
        jdbc.sql("update login_failure set locked_until = now() - interval '1 second'").update();

        mvc.perform(formLogin().user("marta").password(TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername("marta"));
    }

    @Test
    void unknownUserIsLockedTheSameWaySoTheMessageRevealsNothing() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user("nobody-here").password("wrong-password"));
        }
        mvc.perform(formLogin().user("nobody-here").password("wrong-password"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void successfulLoginResetsTheCount() throws Exception {
        users.create("marta", Role.PES);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user("marta").password("wrong-password"));
        }
        mvc.perform(formLogin().user("marta").password(TestUsers.PASSWORD)).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user("marta").password("wrong-password"));
        }
        mvc.perform(formLogin().user("marta").password(TestUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void failedBasicLoginsLockTheApiToo() throws Exception {
        users.create("marta", Role.ADMIN);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/audit").with(httpBasic("marta", "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/audit").with(httpBasic("marta", TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("zablokowane")));
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        UserView user = users.create("marta", Role.PES);
        jdbc.sql("update user_account set enabled = false where id = :id").param("id", user.id()).update();
        mvc.perform(formLogin().user("marta").password(TestUsers.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginPageShowsThePolishLockMessage() throws Exception {
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("zablokowane na 15 minut")));
    }
}
