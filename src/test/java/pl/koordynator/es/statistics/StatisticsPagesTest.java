package pl.koordynator.es.statistics;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.statistics.StatisticsFiles.file;
import static pl.koordynator.es.statistics.StatisticsFiles.stored;
import static pl.koordynator.es.statistics.StatisticsFiles.utf8;

class StatisticsPagesTest extends IntegrationTest {

    RequestPostProcessor admin() {
        UserView admin = users.create("stat-admin-" + System.nanoTime(), Role.ADMIN);
        return user(users.principal(admin));
    }

    String upload(RequestPostProcessor admin, String name, byte[] content, String indicator) throws Exception {
        return mvc.perform(multipart("/admin/statistics/import").file(new MockMultipartFile("file", name, "text/csv",
                        content)).param("indicator", indicator).with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void uploadShowsTheCheckThenSavingWritesTheValuesOnce() throws Exception {
        RequestPostProcessor admin = admin();
        mvc.perform(get("/admin/statistics/import").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sprawdź plik")))
                .andExpect(content().string(containsString("Beneficjenci pomocy społecznej na 1000 mieszkańców (SOCIAL_ASSISTANCE_PER_1000)")));

        String report = upload(admin, "bdl.csv", file("bdl-population.csv"), "");
        assertThat(report).matches("/admin/statistics/import/\\d+");
        mvc.perform(get(report).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wynik sprawdzenia")))
                .andExpect(content().string(containsString("eksport Banku Danych Lokalnych GUS")))
                .andExpect(content().string(containsString("id=\"values-count\">11<")))
                .andExpect(content().string(containsString("Miasta i obszary wiejskie gmin miejsko-wiejskich (zapisujemy całe gminy): 2")))
                .andExpect(content().string(containsString("Zapisz dane")));
        assertThat(stored(jdbc)).isEmpty();

        mvc.perform(post(report + "/apply").with(csrf()).with(admin))
                .andExpect(redirectedUrl(report)).andExpect(flash().attribute("message", "statistics.import.applied"));
        mvc.perform(get(report).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zapisano wartości: 11 dla jednostek: 6.")))
                .andExpect(content().string(not(containsString("Zapisz dane"))));
        assertThat(stored(jdbc)).hasSize(11);

        // a second click writes nothing twice and records no second import
        mvc.perform(post(report + "/apply").with(csrf()).with(admin)).andExpect(redirectedUrl(report));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'StatisticsImport'")
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/admin/statistics").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2023: 6")))
                .andExpect(content().string(containsString("2024: 5")));
    }

    @Test
    void aFileWithProblemsShowsThemAndCannotBeSaved() throws Exception {
        RequestPostProcessor admin = admin();
        String report = upload(admin, "zle.csv", file("long-problems.csv"), null);

        mvc.perform(get(report).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plik zawiera błędy (9), więc nic nie zostanie zapisane.")))
                .andExpect(content().string(containsString("Nieznany kod wskaźnika „NO_SUCH_CODE”")))
                .andExpect(content().string(not(containsString("Zapisz dane"))));
        mvc.perform(post(report + "/apply").with(csrf()).with(admin)).andExpect(redirectedUrl(report))
                .andExpect(flash().attributeCount(0));
        assertThat(stored(jdbc)).isEmpty();
    }

    @Test
    void aFileThatIsNotCsvIsRefusedBesideTheFileField() throws Exception {
        RequestPostProcessor admin = admin();
        mvc.perform(multipart("/admin/statistics/import").file(new MockMultipartFile("file", "mapa.png", "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).with(csrf()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("To nie jest plik CSV.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(multipart("/admin/statistics/import").with(csrf()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plik jest pusty")));
        assertThat(jdbc.sql("select count(*) from statistics_import").query(Long.class).single()).isZero();
    }

    @Test
    void uploadsOlderThanADayArePurged() throws Exception {
        RequestPostProcessor admin = admin();
        jdbc.sql("""
                insert into statistics_import (file_name, content, layout, created_by, created_at, status, report)
                values ('stary.csv', 'x', 'LONG', 'admin', now() - interval '25 hours', 'CHECKED', '{}')""").update();

        upload(admin, "dane.csv", file("long.csv"), null);

        assertThat(jdbc.sql("select file_name from statistics_import").query(String.class).list())
                .containsExactly("dane.csv");
    }

    @Test
    void adminDefinesEditsAndDeletesAnIndicatorWithMessagesBesideTheFields() throws Exception {
        RequestPostProcessor admin = admin();
        mvc.perform(get("/admin/statistics/indicators/new").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nazwy zmiennej w Banku Danych Lokalnych")));
        mvc.perform(post("/admin/statistics/indicators").param("code", "zły kod").param("namePl", "")
                        .param("nameEn", "Seniors").param("category", "NEED").param("aggregation", "SUM")
                        .with(csrf()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("Kod może zawierać tylko wielkie litery")))
                .andExpect(content().string(containsString("Podaj nazwę po polsku.")));
        assertThat(jdbc.sql("select count(*) from indicator_definition where not built_in").query(Long.class).single())
                .isZero();

        mvc.perform(post("/admin/statistics/indicators").param("code", "SENIORS_65").param("namePl", "Seniorzy 65+")
                        .param("nameEn", "Seniors 65+").param("unitPl", "osoby").param("unitEn", "persons")
                        .param("category", "NEED").param("aggregation", "SUM")
                        .param("bdlNames", "ludność w wieku 65 lat i więcej\r\n\r\nosoby w wieku 65+")
                        .with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/statistics/indicators/SENIORS_65"));
        mvc.perform(get("/admin/statistics/indicators/SENIORS_65").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ludność w wieku 65 lat i więcej\nosoby w wieku 65+")))
                .andExpect(content().string(containsString("Usuń wskaźnik")))
                .andExpect(content().string(not(containsString("name=\"code\""))));

        mvc.perform(post("/admin/statistics/indicators/SENIORS_65").param("namePl", "Seniorzy")
                        .param("nameEn", "Seniors").param("category", "NEED").param("aggregation", "SUM")
                        .param("version", "0").with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/statistics/indicators/SENIORS_65"));
        assertThat(jdbc.sql("select name_pl from indicator_definition where code = 'SENIORS_65'").query(String.class)
                .single()).isEqualTo("Seniorzy");

        mvc.perform(post("/admin/statistics/indicators/SENIORS_65/delete").param("version", "1").with(csrf())
                        .with(admin))
                .andExpect(redirectedUrl("/admin/statistics/indicators/SENIORS_65"))
                .andExpect(flash().attribute("deleteError", "statistics.indicator.delete.confirmRequired"));
        mvc.perform(post("/admin/statistics/indicators/SENIORS_65/delete").param("version", "1")
                        .param("confirm", "yes").with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/statistics"));
        assertThat(jdbc.sql("select count(*) from indicator_definition where code = 'SENIORS_65'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aBuiltInIndicatorIsShownReadOnlyAndRefusesChanges() throws Exception {
        RequestPostProcessor admin = admin();
        mvc.perform(get("/admin/statistics/indicators/UNEMPLOYED_PER_100").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("To wbudowany wskaźnik programu")))
                .andExpect(content().string(containsString("udział bezrobotnych zarejestrowanych w liczbie ludności")))
                .andExpect(content().string(not(containsString("Usuń wskaźnik"))));
        mvc.perform(post("/admin/statistics/indicators/UNEMPLOYED_PER_100").param("namePl", "Inna")
                        .param("nameEn", "Other").param("category", "NEED").param("aggregation", "SUM")
                        .with(csrf()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Wskaźnik UNEMPLOYED_PER_100 jest wbudowanym wskaźnikiem programu: nie można go zmienić ani usunąć.")));
        mvc.perform(post("/admin/statistics/indicators/UNEMPLOYED_PER_100/delete").param("confirm", "yes")
                        .with(csrf()).with(admin))
                .andExpect(flash().attribute("deleteError", "statistics.indicator.builtIn"));
        assertThat(jdbc.sql("select name_pl from indicator_definition where code = 'UNEMPLOYED_PER_100'")
                .query(String.class).single()).startsWith("Bezrobotni");
    }

    @Test
    void theMenuShowsStatisticsToAdminOnly() throws Exception {
        mvc.perform(get("/admin/statistics").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/statistics\" aria-current=\"page\"")));
        mvc.perform(get("/panel").with(users.as(Role.OWES))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/admin/statistics\""))));
        mvc.perform(get("/admin/statistics").header("Accept-Language", "en").param("lang", "en").with(admin()))
                .andExpect(content().string(containsString("Indicator catalogue")));
    }
}
