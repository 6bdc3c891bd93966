package pl.koordynator.es.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The browser gets the style sheets and scripts the pages link to, and nothing else of the classpath. */
class StaticResourcesTest extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/css/app.css", "/js/app.js", "/js/map.js", "/webjars/bootstrap/css/bootstrap.min.css",
            "/webjars/htmx.org/dist/htmx.min.js", "/webjars/leaflet/dist/leaflet.js"})
    void styleSheetsScriptsAndWebJarsAreServed(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void pagesLinkWebJarsWithTheirVersionAndOtherLinksUnchanged() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(
                        "(?s).*href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css\".*")))
                .andExpect(content().string(containsString("href=\"/organisations\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/application.properties", "/templates/layout.html", "/static/css/app.css",
            "/db/migration/V1__security_users.sql"})
    void nothingElseOfTheClasspathIsServed(String path) throws Exception {
        mvc.perform(get(path).with(users.as(Role.ADMIN))).andExpect(status().isNotFound());
    }
}
