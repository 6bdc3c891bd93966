package pl.koordynator.es.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LayoutAndLanguageTest extends IntegrationTest {

    @Test
    void pagesArePolishByDefaultWithSkipLinkLandmarksAndAccessibilityLink() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"pl\">")))
                .andExpect(content().string(containsString("href=\"#main\"")))
                .andExpect(content().string(containsString("<main id=\"main\"")))
                .andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString("<footer")))
                .andExpect(content().string(containsString("href=\"/deklaracja-dostepnosci\"")))
                .andExpect(content().string(containsString("Zaloguj się")));
    }

    @Test
    void englishIsChosenWithLangAndRemembered() throws Exception {
        MvcResult english = mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Sign in")))
                .andReturn();
        Cookie remembered = english.getResponse().getCookie("lang");
        assertThat(remembered).isNotNull();

        mvc.perform(get("/deklaracja-dostepnosci").cookie(remembered))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Accessibility statement")));
    }

    @Test
    void unsupportedLanguageIsIgnored() throws Exception {
        mvc.perform(get("/").param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"pl\">")));
    }

    @Test
    void unknownPageGetsThePolishNotFoundPage() throws Exception {
        var client = new pl.koordynator.es.testing.SignedInClient(baseUrl(),
                users.create("pes-user", Role.PES).username());
        var response = client.get("/nie-ma-takiej-strony");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Nie znaleziono strony").contains("lang=\"pl\"");
    }

    @Test
    void anonymousVisitorOfAnUnknownPageIsAskedToSignIn() throws Exception {
        mvc.perform(get("/nie-ma-takiej-strony"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void forbiddenPageIsExplainedInPolish() throws Exception {
        var client = new pl.koordynator.es.testing.SignedInClient(baseUrl(), users.create("pes-user", Role.PES).username());
        var response = client.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Brak dostępu");
    }

    @Test
    void theDashboardNamesTheRoleAndPromisesNoFutureModules() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/panel").with(users.as(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Twoja rola:")))
                    .andExpect(content().string(not(containsString("zostaną uruchomione"))))
                    .andExpect(content().string(not(containsString("zostanie uruchomiony"))));
        }
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
