package pl.koordynator.es.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The home page a visitor gets is rendered once and kept while nothing on it has changed (issue 17). */
class KeptHomePageTest extends IntegrationTest {

    @Autowired
    RegistryFixtures registry;

    @Test
    void aVisitorsRepeatedViewIsTheSamePageForOneQueryAndTheNextViewAfterAChangeShowsIt() throws Exception {
        MockHttpServletResponse first = home(get("/"));
        MockHttpServletResponse[] again = new MockHttpServletResponse[1];
        List<String> statements = SqlStatements.of(() -> again[0] = home(get("/")));

        // the change counters only: no module's figures, lists or map are asked for, nothing is rendered
        assertThat(statements).hasSize(1).allMatch(sql -> sql.contains("data_change"));
        assertThat(again[0].getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(again[0].getContentType()).isEqualTo(first.getContentType()).contains("text/html");
        assertThat(again[0].getHeader("Content-Language")).isEqualTo("pl");
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "Cache-Control")) {
            assertThat(again[0].getHeaders(header)).as(header).isEqualTo(first.getHeaders(header));
        }

        long before = activePes(first.getContentAsString());
        registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Nowa", "2261011"));
        assertThat(activePes(home(get("/")).getContentAsString())).isEqualTo(before + 1);
    }

    @Test
    void eachLanguageHasItsOwnPageAndASignedInUserNeverGetsAVisitorsOne() throws Exception {
        String polish = home(get("/")).getContentAsString();
        home(get("/").cookie(new Cookie("lang", "en")));
        MockHttpServletResponse english = home(get("/").cookie(new Cookie("lang", "en")));

        assertThat(english.getHeader("Content-Language")).isEqualTo("en");
        assertThat(english.getContentAsString()).contains("lang=\"en\"").isNotEqualTo(polish);
        assertThat(home(get("/")).getContentAsString()).isEqualTo(polish).contains("href=\"/login\"");

        var admin = users.create("home-" + System.nanoTime(), Role.ADMIN);
        String signedIn = home(get("/").with(user(users.principal(admin)))).getContentAsString();
        assertThat(signedIn).contains("href=\"/panel\"").contains(admin.displayName()).isNotEqualTo(polish);
    }

    private MockHttpServletResponse home(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private static long activePes(String html) {
        Matcher m = Pattern.compile("data-figure=\"active-pes\">.*?home-figure-value\">([^<]+)<", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }
}
