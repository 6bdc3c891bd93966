package pl.koordynator.es.publicservices;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.HtmlChecker;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import page as a form without JavaScript: a dry run's report, the import, the templates. */
class ProcurementImportPagesTest extends IntegrationTest {

    @Autowired
    PublicServicesFixtures fixtures;

    private String post(byte[] file, boolean dryRun, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/zamowienia/import")
                        .file(new MockMultipartFile("file", "zamowienia.csv", "text/csv", file))
                        .param("dryRun", String.valueOf(dryRun)).with(csrf()).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long procurementCount() {
        return jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single();
    }

    @Test
    void thePageOffersBothButtonsTheTemplatesAndTheColumnsAndIsValidHtml() throws Exception {
        String page = mvc.perform(get("/zamowienia/import").with(users.as(Role.PARTNER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sprawdź bez zapisywania", ">Importuj<", "/zamowienia/import/wzor.csv",
                "/zamowienia/import/wzor.xlsx", "Wartość szacunkowa części", "social_criterion_weight");
        assertThat(HtmlChecker.get().errors(page)).isEmpty();
    }

    @Test
    void aDryRunShowsTheProblemsByRowAndColumnInPolishThenTheImportStores() throws Exception {
        OrganisationView gmina = fixtures.organisation("Gmina Przykładowo", Kind.JST, PublicServicesFixtures.GDANSK,
                PublicServicesFixtures.NIP, false);
        RequestPostProcessor admin = users.as(Role.ADMIN);
        String header = "Zamawiający (NIP lub id);Nazwa zamówienia;Tryb;Data ogłoszenia;Wartość szacunkowa\n";
        byte[] bad = (header + gmina.id() + ";Usługi opiekuńcze;Tryb podstawowy;32.01.2025;1000\n")
                .getBytes(StandardCharsets.UTF_8);

        String report = post(bad, true, admin);
        assertThat(report).contains("Plik ma błędy (1); nic nie zapisano.", "notice_date",
                "„32.01.2025” nie jest datą");
        assertThat(HtmlChecker.get().errors(report)).isEmpty();

        byte[] good = (header + gmina.id() + ";Usługi opiekuńcze;Tryb podstawowy;31.01.2025;1 000,00\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(post(good, true, admin)).contains("Plik jest poprawny", "Gmina Przykładowo");
        assertThat(procurementCount()).isZero();
        assertThat(post(good, false, admin)).contains("Zaimportowano plik.");
        assertThat(procurementCount()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadIsNamedBesideTheField() throws Exception {
        String page = post("{\"releases\": 5}".getBytes(StandardCharsets.UTF_8), true, users.as(Role.ADMIN));

        assertThat(page).contains("id=\"file-error\"", "brak tablicy releases");
        assertThat(HtmlChecker.get().errors(page)).isEmpty();
    }

    @Test
    void theTemplatesCarryEveryColumnAndAreReadBackByTheImport() throws Exception {
        RequestPostProcessor admin = users.as(Role.ADMIN);
        byte[] csv = mvc.perform(get("/zamowienia/import/wzor.csv").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx = mvc.perform(get("/zamowienia/import/wzor.xlsx").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Zamawiający (NIP lub id);Nazwa zamówienia", "Spółdzielnia Socjalna Przykład");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(3);
            assertThat(all.get(0).getCellCount()).isEqualTo(34);
        }
        // the example's buyer is not in the register: the only problem of both rows' procurement
        String report = post(csv, true, admin);
        assertThat(report).contains("Nie ma w rejestrze zamawiającego „1234563218”", "Plik ma błędy (1)");
    }

    @Test
    void aPartnerSeesItsForeignRowRefused() throws Exception {
        OrganisationView own = fixtures.jst("Gmina Własna", PublicServicesFixtures.GDANSK);
        OrganisationView other = fixtures.jst("Gmina Obca", PublicServicesFixtures.KARTUZY);
        String header = "buyer;title;procedure;notice_date\n";
        byte[] file = (header + own.id() + ";Własne;BASIC;2025-01-10\n" + other.id() + ";Obce;BASIC;2025-01-10\n")
                .getBytes(StandardCharsets.UTF_8);

        String report = post(file, false, user(users.principal(fixtures.partner(own))));

        assertThat(report).contains("Nie możesz importować zamówień zamawiającego „Gmina Obca”");
        assertThat(procurementCount()).isZero();
    }
}
