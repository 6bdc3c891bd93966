package pl.koordynator.es.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is slowed down per account and client address, counted before the password
 * is checked; nobody can lock an account's owner out, and nothing tells whether an account exists.
 */
class LoginThrottleTest extends IntegrationTest {

    private static final String OWNER = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.7";

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void rightPasswordSignsInAndLandsOnTheDashboard() throws Exception {
        users.create("marta", Role.PES);
        mvc.perform(login("marta", TestUsers.PASSWORD, OWNER))
                .andExpect(authenticated().withUsername("marta"))
                .andExpect(redirectedUrl("/panel"));
    }

    @Test
    void afterFiveWrongPasswordsTheNextAttemptWaitsEvenWithTheRightPassword() throws Exception {
        users.create("marta", Role.PES);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(login("marta", "wrong-password-" + attempt, ATTACKER))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        String refused = mvc.perform(login("marta", TestUsers.PASSWORD, ATTACKER))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?throttled=*"))
                .andReturn().getResponse().getRedirectedUrl();
        long wait = Long.parseLong(refused.substring(refused.indexOf('=') + 1));
        assertThat(wait).as("the first delay, 30 s").isBetween(25L, 31L);
        mvc.perform(get(refused)).andExpect(content().string(org.hamcrest.Matchers.containsString(
                "Kolejną próbę możesz podjąć za " + wait + " s")));

        // the delay runs out: the right password gets in, a wrong one makes the next wait twice as long
        jdbc.sql("update login_throttle set blocked_until = now() - interval '1 second'").update();
        mvc.perform(login("marta", "wrong-password-6", ATTACKER))
                .andExpect(redirectedUrl("/login?error"));
        String longer = mvc.perform(login("marta", TestUsers.PASSWORD, ATTACKER))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(Long.parseLong(longer.substring(longer.indexOf('=') + 1))).isBetween(55L, 61L);
        jdbc.sql("update login_throttle set blocked_until = now() - interval '1 second'").update();
        mvc.perform(login("marta", TestUsers.PASSWORD, ATTACKER))
                .andExpect(authenticated());
    }

    @Test
    void parallelWrongAttemptsCannotGetPastTheLimit() throws Exception {
        users.create("marta", Role.PES);
        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                attempts.add(() -> {
                    MvcResult result = mvc.perform(login("marta", "guess-" + n, ATTACKER)).andReturn();
                    return result.getResponse().getRedirectedUrl();
                });
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : threads.invokeAll(attempts)) {
                answers.add(answer.get());
            }
            assertThat(answers.stream().filter("/login?error"::equals).count())
                    .as("attempts whose password was checked").isEqualTo(5);
            assertThat(answers.stream().filter(url -> url.startsWith("/login?throttled=")).count()).isEqualTo(19);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theOwnerSignsInFromTheirUsualAddressWhileAnAttackerHammersTheAccountFromAnother() throws Exception {
        users.create("admin2", Role.ADMIN);
        mvc.perform(login("admin2", TestUsers.PASSWORD, OWNER))
                .andExpect(authenticated());

        for (int attempt = 1; attempt <= 40; attempt++) {
            mvc.perform(login("admin2", "guess-" + attempt, ATTACKER))
                    .andExpect(unauthenticated());
        }
        for (int other = 1; other <= 25; other++) {
            // the attacker moves from address to address: the account's own counter holds them back
            mvc.perform(login("admin2", "guess", "203.0.113." + other))
                    .andExpect(unauthenticated());
        }
        mvc.perform(login("admin2", TestUsers.PASSWORD, ATTACKER))
                .andExpect(unauthenticated()).andExpect(redirectedUrlPattern("/login?throttled=*"));
        mvc.perform(login("admin2", TestUsers.PASSWORD, "203.0.113.99"))
                .andExpect(unauthenticated()).andExpect(redirectedUrlPattern("/login?throttled=*"));

        mvc.perform(login("admin2", TestUsers.PASSWORD, OWNER))
                .andExpect(authenticated().withUsername("admin2"));
    }

    @Test
    void aNameThatDoesNotExistIsThrottledTheSameWaySoTheAnswersRevealNothing() throws Exception {
        users.create("marta", Role.PES);
        for (String name : new String[] {"marta", "nobody-by-this-name"}) {
            List<String> answers = new ArrayList<>();
            for (int attempt = 1; attempt <= 7; attempt++) {
                answers.add(mvc.perform(login(name, "wrong", ATTACKER))
                        .andReturn().getResponse().getRedirectedUrl().replaceAll("=\\d+", "=N"));
            }
            assertThat(answers).as(name).containsExactly("/login?error", "/login?error", "/login?error",
                    "/login?error", "/login?error", "/login?throttled=N", "/login?throttled=N");
        }
    }

    @Test
    void oneAddressTryingManyNamesIsHeldBackByTheAddressLimit() throws Exception {
        for (int attempt = 1; attempt <= 30; attempt++) {
            mvc.perform(login("name-" + attempt, "wrong", ATTACKER))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("name-31", "wrong", ATTACKER))
                .andExpect(redirectedUrlPattern("/login?throttled=*"));
        mvc.perform(login("name-31", "wrong", OWNER))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void failedBasicSignInsAreThrottledOnTheApiWith429AndRetryAfter() throws Exception {
        users.create("marta", Role.ADMIN);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/audit").with(httpBasic("marta", "wrong-password")).with(from(ATTACKER)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Koordynator ES\""));
        }
        mvc.perform(get("/api/v1/audit").with(httpBasic("marta", TestUsers.PASSWORD)).with(from(ATTACKER)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Zbyt wiele prób")));
        mvc.perform(get("/api/v1/audit").with(httpBasic("marta", TestUsers.PASSWORD)).with(from(OWNER)))
                .andExpect(status().isOk());
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
    void oldCountersArePurged() throws Exception {
        mvc.perform(login("marta", "wrong", ATTACKER));
        jdbc.sql("insert into login_known_address values ('someone', 'x', now() - interval '100 days')").update();
        assertThat(jdbc.sql("select count(*) from login_throttle").query(Long.class).single()).isEqualTo(2);
        jdbc.sql("update login_throttle set last_attempt_at = now() - interval '2 hours'").update();

        throttle.purge();

        assertThat(jdbc.sql("select count(*) from login_throttle").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from login_known_address").query(Long.class).single()).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    pl.koordynator.es.security.domain.LoginThrottle throttle;
}
