package pl.koordynator.es.registry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationImportApiTest extends IntegrationTest {

    static final String PATH = "/api/v1/organisations/import";
    static final List<String> POLISH = List.of("Nazwa", "Rodzaj", "NIP", "KRS", "Gmina", "Kod pocztowy", "Miejscowość",
            "Obszary działalności", "Zatrudnieni");

    /** Rows 2–3 good; 4–10 each break one rule; row 11 repeats row 2's NIP; row 12 holds a NIP of the register. */
    static List<List<String>> mixedRows() {
        return List.of(POLISH,
                List.of("Spółdzielnia Socjalna Łącznik", "Spółdzielnia socjalna", ImportFiles.nip(1), "0000012345",
                        "2261011", "80-001", "Gdańsk", "Gastronomia i catering| CLEANING", "12"),
                List.of("Fundacja Żółw", "NGO", "", "", "2262011", "81 300", "Gdynia", "", ""),
                List.of("Zły NIP", "NGO", ImportFiles.brokenNip(2), "", "2261011", "", "", "", ""),
                List.of("Krótki KRS", "NGO", "", "000012345", "2261011", "", "", "", ""),
                List.of("Zły kod", "NGO", "", "", "2261011", "8000", "", "", ""),
                List.of("Obca gmina", "NGO", "", "", "1465011", "", "", "", ""),
                List.of("Bez gminy", "CIS", "", "", "", "", "", "", ""),
                List.of("Zła liczba", "NGO", "", "", "2261011", "", "", "", "dużo"),
                List.of("Nieznany rodzaj", "Kosmici", "", "", "2261011", "", "", "", ""),
                List.of("Powtórka", "NGO", ImportFiles.nip(1), "", "2261011", "", "", "", ""),
                List.of("Z rejestru", "NGO", ImportFiles.nip(99), "", "2261011", "", "", "", ""));
    }

    long existingId;

    long registered() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    void existing() {
        existingId = jdbc.sql("insert into organisation (name, kind, nip) values ('Stowarzyszenie Istniejące', 'NGO', :nip)"
                + " returning id").param("nip", ImportFiles.nip(99)).query(Long.class).single();
    }

    static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return multipart(PATH).file(new MockMultipartFile("file", name, "text/csv", content));
    }

    static byte[] utf8(List<List<String>> rows) {
        return ImportFiles.csv(';', rows).getBytes(StandardCharsets.UTF_8);
    }

    ResultActions dryRunOfMixedRows() throws Exception {
        return mvc.perform(upload("rejestr.csv", utf8(mixedRows())).with(users.as(Role.ADMIN)));
    }

    @Test
    void dryRunListsEveryBadRowWithColumnAndWritesNothing() throws Exception {
        existing();
        long before = registered();

        dryRunOfMixedRows().andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(11))
                .andExpect(jsonPath("$.valid").value(2))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors", hasSize(9)))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("nip"))
                .andExpect(jsonPath("$.errors[0].message").value("Ten NIP jest błędny: nie zgadza się cyfra kontrolna."))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].field").value("krs"))
                .andExpect(jsonPath("$.errors[2].row").value(6))
                .andExpect(jsonPath("$.errors[2].field").value("postalCode"))
                .andExpect(jsonPath("$.errors[3].row").value(7))
                .andExpect(jsonPath("$.errors[3].field").value("gminaTeryt"))
                .andExpect(jsonPath("$.errors[3].message").value("To nie jest gmina województwa."))
                .andExpect(jsonPath("$.errors[4].row").value(8))
                .andExpect(jsonPath("$.errors[4].field").value("gminaTeryt"))
                .andExpect(jsonPath("$.errors[5].row").value(9))
                .andExpect(jsonPath("$.errors[5].field").value("employees"))
                .andExpect(jsonPath("$.errors[6].row").value(10))
                .andExpect(jsonPath("$.errors[6].field").value("kind"))
                .andExpect(jsonPath("$.errors[7].row").value(11))
                .andExpect(jsonPath("$.errors[7].field").value("nip"))
                .andExpect(jsonPath("$.errors[7].message").value(containsString("jest już w wierszu 2")))
                .andExpect(jsonPath("$.errors[8].row").value(12))
                .andExpect(jsonPath("$.errors[8].field").value("nip"))
                .andExpect(jsonPath("$.errors[8].message").value(containsString(
                        "Stowarzyszenie Istniejące (nr " + existingId + ")")));
        assertThat(registered()).isEqualTo(before);
    }

    @Test
    void allOrNothingWithBadRowsIs422AndWritesNothing() throws Exception {
        existing();
        long before = registered();

        mvc.perform(upload("rejestr.csv", utf8(mixedRows())).param("dryRun", "false").param("mode", "all")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors", hasSize(9)));
        assertThat(registered()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Organisation'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void validRowsOnlyWritesTheGoodRowsWithFieldsAuditAndServingOwes() throws Exception {
        existing();
        long owes = jdbc.sql("insert into organisation (name, kind) values ('OWES Trójmiasto', 'OWES') returning id")
                .query(Long.class).single();
        subregion("Trójmiejski", owes, "2261", "2262");

        mvc.perform(upload("rejestr.csv", utf8(mixedRows())).param("dryRun", "false").param("mode", "valid")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.errors", hasSize(9)));

        List<String> names = jdbc.sql("select name from organisation where id not in (:ids) order by name")
                .param("ids", List.of(existingId, owes)).query(String.class).list();
        assertThat(names).containsExactly("Fundacja Żółw", "Spółdzielnia Socjalna Łącznik");
        assertThat(jdbc.sql("select nip, postal_code, owes_id, employees from organisation where name like 'Spółdzielnia%'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4))).single())
                .containsExactly(ImportFiles.nip(1), "80-001", owes, 12);
        assertThat(jdbc.sql("select field_code from organisation_field order by field_code").query(String.class).list())
                .containsExactly("CATERING", "CLEANING");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Organisation' and action = 'CREATE'"
                + " and changes -> 'name' ->> 'new' in ('Fundacja Żółw', 'Spółdzielnia Socjalna Łącznik')")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void windows1250WithCommasAndEnglishHeadersImportsAllWithPolishLetters() throws Exception {
        String csv = ImportFiles.csv(',', List.of(
                List.of("name", "kind", "NIP", "gminaTeryt", "town", "status", "socialEnterpriseDecision",
                        "socialEnterpriseSince", "colour"),
                List.of("Koło Gospodyń Wiejskich w Borzytuchomiu", "Koło gospodyń wiejskich", ImportFiles.nip(7),
                        "2201012", "Borzytuchom", "aktywna", "", "", "zielony"),
                List.of("Spółdzielnia Socjalna Źródło", "SOCIAL_COOPERATIVE", "", "2261011", "Gdańsk", "ACTIVE",
                        "PS.1.2024", "01.03.2024", "")));
        byte[] content = csv.getBytes(Charset.forName("windows-1250"));
        long before = registered();

        mvc.perform(upload("kgw.csv", content).param("dryRun", "false").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.warnings[0]").value("Nie rozpoznano kolumny „colour”; została pominięta."));

        assertThat(registered()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select name || '/' || town || '/' || kind from organisation order by name")
                .query(String.class).list()).containsExactly(
                "Koło Gospodyń Wiejskich w Borzytuchomiu/Borzytuchom/RURAL_HOUSEWIVES_CIRCLE",
                "Spółdzielnia Socjalna Źródło/Gdańsk/SOCIAL_COOPERATIVE");
    }

    @Test
    void xlsxWithPolishHeadersIsImported() throws Exception {
        byte[] xlsx = ImportFiles.xlsx(List.of(List.of("NAZWA", "rodzaj", "nip", "REGON", "gmina", "Liczba zatrudnionych"),
                List.of("Centrum Integracji Społecznej w Gdyni", "CIS", ImportFiles.nip(8), ImportFiles.regon(8),
                        "2262011", "25"),
                List.of("Zły wiersz", "CIS", ImportFiles.nip(8), "", "2262011", "")));

        mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "rejestr.xlsx",
                        "application/octet-stream", xlsx)).param("mode", "valid").param("dryRun", "false")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        assertThat(jdbc.sql("select name || '/' || regon || '/' || employees from organisation").query(String.class)
                .single()).isEqualTo("Centrum Integracji Społecznej w Gdyni/" + ImportFiles.regon(8) + "/25");
    }

    @Test
    void owesImportsOnlyPesOfItsSubregion() throws Exception {
        long owes = jdbc.sql("insert into organisation (name, kind) values ('OWES Trójmiasto', 'OWES') returning id")
                .query(Long.class).single();
        subregion("Trójmiejski", owes, "2261", "2262");
        UserView staff = users.create("owes-" + System.nanoTime(), Role.OWES, owes);
        byte[] content = utf8(List.of(List.of("Nazwa", "Rodzaj", "Gmina"),
                List.of("Fundacja w Gdańsku", "NGO", "2261011"),
                List.of("Fundacja w Borzytuchomiu", "NGO", "2201012"),
                List.of("Urząd Miasta", "JST", "2261011")));

        mvc.perform(upload("owes.csv", content).param("dryRun", "false").param("mode", "valid")
                        .with(user(users.principal(staff))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("gminaTeryt"))
                .andExpect(jsonPath("$.errors[0].message").value("Ta gmina leży poza subregionem Twojego OWES."))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("kind"));
        assertThat(jdbc.sql("select actor from audit_entry where changes -> 'name' ->> 'new' = 'Fundacja w Gdańsku'")
                .query(String.class).single()).isEqualTo(staff.username());
    }

    @Test
    void messagesAreInEnglishWhenAsked() throws Exception {
        mvc.perform(upload("rejestr.csv", utf8(mixedRows())).header("Accept-Language", "en").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[7].message").value(containsString("it is already in row 2")));
    }

    @Test
    void aFileThatCannotBeImportedIs400NamingFile() throws Exception {
        mvc.perform(upload("x.csv", utf8(List.of(List.of("NIP", "Rodzaj"), List.of("1", "NGO"))))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(upload("x.csv", new byte[0]).with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart(PATH).with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(upload("x.pdf", new byte[] {'%', 'P', 'D', 'F', 0, 0, 1}).with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(upload("x.csv", utf8(mixedRows())).param("mode", "some").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mode"));
    }

    @Test
    void onlyAdminAndOwesMayImport() throws Exception {
        mvc.perform(upload("x.csv", utf8(mixedRows())).with(users.as(Role.PES))).andExpect(status().isForbidden());
        mvc.perform(upload("x.csv", utf8(mixedRows())).with(users.as(Role.PARTNER))).andExpect(status().isForbidden());
        mvc.perform(upload("x.csv", utf8(mixedRows()))).andExpect(status().isUnauthorized());
    }

    void subregion(String name, long owes, String... powiats) {
        long id = jdbc.sql("insert into subregion (name, owes_organisation_id) values (:name, :owes) returning id")
                .param("name", name).param("owes", owes).query(Long.class).single();
        for (String powiat : powiats) {
            jdbc.sql("insert into subregion_powiat (subregion_id, powiat_teryt) values (:id, :powiat)")
                    .param("id", id).param("powiat", powiat).update();
        }
    }
}
