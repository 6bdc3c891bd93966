package pl.koordynator.es.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationPagesTest extends IntegrationTest {

    @Autowired
    RegistryFixtures fixtures;

    @Test
    void theListFindsWithoutPolishLettersAsAWholePageAndAsAnHtmxFragment() throws Exception {
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Źródło", "2261011"));
        fixtures.create(RegistryFixtures.pes("Fundacja Inna", "2262011"));

        mvc.perform(get("/organisations").param("q", "spoldzielnia zrodlo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Spółdzielnia Socjalna Źródło")))
                .andExpect(content().string(not(containsString("Fundacja Inna"))))
                .andExpect(content().string(containsString("Liczba organizacji: 1")))
                .andExpect(content().string(containsString("<nav")));
        mvc.perform(get("/organisations").param("q", "spoldzielnia").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Spółdzielnia Socjalna Źródło")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aBroadSearchSaysMoreThanTheCapAndPagesOnPastIt() throws Exception {
        fixtures.manyNamed("Bursztyn", 1050);

        mvc.perform(get("/organisations?q=bursztyn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Znaleziono ponad 1\u00a0000 organizacji")))
                .andExpect(content().string(not(containsString("Liczba organizacji"))))
                .andExpect(content().string(containsString("Strona 1 z ponad 40")))
                .andExpect(content().string(containsString("q=bursztyn&amp;page=1\"")))
                .andExpect(content().string(containsString("rel=\"next\"")));
        // the last page the first count knew of still links to the next one
        mvc.perform(get("/organisations?q=bursztyn&page=39"))
                .andExpect(content().string(containsString("Strona 40 z ponad 41")))
                .andExpect(content().string(containsString("Bursztyn 0976")))
                .andExpect(content().string(containsString("q=bursztyn&amp;page=40\"")))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(get("/organisations?q=bursztyn&page=41"))
                .andExpect(content().string(containsString("Liczba organizacji: 1\u00a0050")))
                .andExpect(content().string(containsString("Strona 42 z 42")))
                .andExpect(content().string(containsString("Bursztyn 1050")))
                .andExpect(content().string(not(containsString("rel=\"next\""))));
        mvc.perform(get("/organisations").param("q", "bursztyn").param("lang", "en"))
                .andExpect(content().string(containsString("Found more than 1,000 organisations")))
                .andExpect(content().string(containsString("Page 1 of more than 40")));
        // fewer matches: the exact count as before
        mvc.perform(get("/organisations").param("q", "bursztyn 0007"))
                .andExpect(content().string(containsString("Liczba organizacji: 1<")))
                .andExpect(content().string(not(containsString("ponad"))));
    }

    @Test
    void theFormShowsPolishErrorsBesideTheFieldsAndSavesNothing() throws Exception {
        mvc.perform(post("/organisations").with(users.as(Role.ADMIN)).with(csrf())
                        .param("name", "Spółdzielnia Błędna").param("kind", "SOCIAL_COOPERATIVE")
                        .param("nip", "123-456-78-90").param("postalCode", "800").param("employees", "kilka"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ten NIP jest błędny: nie zgadza się cyfra kontrolna.")))
                .andExpect(content().string(containsString("Wybierz gminę: jest wymagana dla podmiotu ekonomii społecznej.")))
                .andExpect(content().string(containsString("Podaj liczbę całkowitą.")));
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isZero();

        mvc.perform(post("/organisations").with(users.as(Role.ADMIN)).with(csrf())
                        .param("name", "Spółdzielnia Dobra").param("kind", "SOCIAL_COOPERATIVE")
                        .param("nip", "526 025 09 95").param("gminaTeryt", "2261011").param("postalCode", "80001")
                        .param("fieldsOfActivity", "CATERING").param("socialEnterpriseDecision", "WPS-I.1.2025")
                        .param("socialEnterpriseSince", "15.03.2025"))
                .andExpect(redirectedUrlPattern("/organisations/*"));
        assertThat(jdbc.sql("select social_enterprise_since::text from organisation where nip = '5260250995'")
                .query(String.class).single()).isEqualTo("2025-03-15");
    }

    @Test
    void aDuplicateNipOnTheFormLinksTheExistingRecord() throws Exception {
        OrganisationView holder = fixtures.create(RegistryFixtures.withNip(
                RegistryFixtures.pes("Fundacja Posiadacz", "2261011"), "5260250995"));
        mvc.perform(post("/organisations").with(users.as(Role.ADMIN)).with(csrf())
                        .param("name", "Druga").param("kind", "NGO").param("nip", "5260250995")
                        .param("gminaTeryt", "2261011"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIP 5260250995 jest już w rejestrze: Fundacja Posiadacz")))
                .andExpect(content().string(containsString("/organisations/" + holder.id())));
    }

    @Test
    void theCardShowsHistoryToSignedInUsersOnly() throws Exception {
        OrganisationView created = fixtures.create(RegistryFixtures.pes("Spółdzielnia Z Historią", "2261011"));
        mvc.perform(get("/organisations/" + created.id()).with(users.as(Role.COMMITTEE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Historia zmian")))
                .andExpect(content().string(containsString("Gdańsk (2261011)")));
        mvc.perform(get("/organisations/" + created.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Historia zmian"))));
    }

    @Test
    void exportsTheCurrentFilterAsCsvWithBomAndAsXlsx() throws Exception {
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Eksportowa", "2261011"));
        fixtures.create(RegistryFixtures.pes("Fundacja Pominięta", "2262011"));

        byte[] csv = mvc.perform(get("/organisations/export.csv").param("gmina", "2261011"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(2);
        assertThat(text).contains("Nazwa;").contains("Spółdzielnia Eksportowa").doesNotContain("Pominięta");

        byte[] xlsx = mvc.perform(get("/organisations/export.xlsx").param("q", "fundacja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            Row row = rows.get(1);
            assertThat(row.getCellText(1)).isEqualTo("Fundacja Pominięta");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Nazwa");
        }
    }
}
