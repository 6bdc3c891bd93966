package pl.koordynator.es.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationImportPagesTest extends IntegrationTest {

    @Test
    void uploadChecksInTheBackgroundThenImportsTheValidRows() throws Exception {
        UserView admin = users.create("importer-" + System.nanoTime(), Role.ADMIN);
        RequestPostProcessor asAdmin = user(users.principal(admin));
        mvc.perform(get("/organisations/import").with(asAdmin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sprawdź plik")))
                .andExpect(content().string(containsString("Kod pocztowy")));

        String location = mvc.perform(multipart("/organisations/import").file(new MockMultipartFile("file",
                                "rejestr.csv", "text/csv", OrganisationImportApiTest.utf8(OrganisationImportApiTest.mixedRows())))
                        .param("mode", "valid").with(csrf()).with(asAdmin))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/organisations/import/\\d+");

        String report = poll(location, asAdmin);
        assertThat(report).doesNotContain("data-hx-get").contains("Wynik sprawdzenia").contains("id=\"valid-count\">3<")
                .contains("Ten NIP jest błędny").contains("Importuj tylko poprawne wiersze (3)");
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isZero();
        mvc.perform(get(location + "/errors.csv").with(asAdmin)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("4;NIP;Ten NIP jest błędny")));

        mvc.perform(post(location + "/run").param("mode", "valid").with(csrf()).with(asAdmin))
                .andExpect(status().is3xxRedirection());
        assertThat(poll(location, asAdmin)).contains("Zaimportowano organizacji: 3.").contains("href=\"/organisations\"");
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(3);

        // a second click does not import twice
        mvc.perform(post(location + "/run").param("mode", "valid").with(csrf()).with(asAdmin));
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void othersDoNotSeeAnImportJobAndPesMayNotImport() throws Exception {
        UserView owes = users.create("owes-" + System.nanoTime(), Role.OWES);
        String location = mvc.perform(multipart("/organisations/import").file(new MockMultipartFile("file",
                        "r.csv", "text/csv", "Nazwa;Rodzaj\nA;NGO\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user(users.principal(owes))))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(users.as(Role.OWES))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(users.as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/organisations/import").with(users.as(Role.PES))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/import/template.csv").with(users.as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nazwa;Nazwa skrócona;Rodzaj;NIP")));
    }

    @Test
    void theTemplateImportsWithoutProblems() throws Exception {
        byte[] template = mvc.perform(get("/organisations/import/template.csv").with(users.as(Role.ADMIN)))
                .andReturn().getResponse().getContentAsByteArray();

        mvc.perform(multipart(OrganisationImportApiTest.PATH).file(new MockMultipartFile("file", "szablon.csv",
                        "text/csv", template)).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"rows\":1,\"valid\":1,\"errors\":[],\"warnings\":[]}"));
    }

    @Test
    void anEmptyUploadIsExplainedNextToTheField() throws Exception {
        mvc.perform(multipart("/organisations/import").file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                        .with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wybierz plik do importu.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    private String poll(String location, RequestPostProcessor as) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String fragment = mvc.perform(get(location).header("HX-Request", "true").with(as))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!fragment.contains("data-hx-get")) {
                return fragment;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job did not finish: " + location);
    }
}
