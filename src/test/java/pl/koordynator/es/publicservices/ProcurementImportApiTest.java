package pl.koordynator.es.publicservices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Procurements from CSV, XLSX and OCDS through the API: a dry run reports and stores nothing, a file
 * with any bad row stores nothing and names the row and column, a malformed OCDS package is a 400
 * naming the release and field, a second import updates, and a partner imports only its own rows.
 */
class ProcurementImportApiTest extends IntegrationTest {

    private static final String HEADER = "buyer;title;notice_number;cpv;estimated_value;procedure;notice_date;"
            + "deadline;lot_number;lot_title;lot_estimated_value;art94;art96_group;art96_persons;art96_months;"
            + "social_criterion_weight;result;bids;contractor_nip;contractor_name;contract_value;contract_start;"
            + "contract_end;persons_employed\n";

    @Autowired
    PublicServicesFixtures fixtures;

    @Autowired
    Procurements procurements;

    private OrganisationView gmina;
    private OrganisationView cooperative;

    @BeforeEach
    void register() {
        gmina = fixtures.organisation("Gmina Przykładowo", Kind.JST, PublicServicesFixtures.GDANSK,
                PublicServicesFixtures.NIP, false);
        cooperative = fixtures.pes("Spółdzielnia Socjalna Pomocna Dłoń", PublicServicesFixtures.GDANSK,
                PublicServicesFixtures.OTHER_NIP, true);
    }

    private ResultActions upload(String name, byte[] content, boolean dryRun, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(multipart("/api/v1/procurements/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("dryRun", String.valueOf(dryRun)).header("Accept-Language", "pl").with(who));
    }

    private ResultActions upload(String name, byte[] content, boolean dryRun) throws Exception {
        return upload(name, content, dryRun, users.as(Role.ADMIN));
    }

    private long procurementCount() {
        return jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single();
    }

    private long lotCount() {
        return jdbc.sql("select count(*) from publicservices_lot").query(Long.class).single();
    }

    private static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ocdsSample() throws IOException {
        try (InputStream in = ProcurementImportApiTest.class.getResourceAsStream(
                "/publicservices/ocds-release-package.json")) {
            return in.readAllBytes();
        }
    }

    private String goodCsv() {
        return HEADER
                + gmina.id() + ";Usługi opiekuńcze i sprzątanie;2025/BZP 00398118/01;\"85311000-2;90910000-9\";"
                + "\"250 000,00\";Tryb podstawowy;03.03.2025;17.03.2025;1;Opieka;\"150 000,00\";;;;;20;;;;;;;;\n"
                + gmina.id() + ";Usługi opiekuńcze i sprzątanie;2025/BZP 00398118/01;;;;;;2;Sprzątanie;100000;"
                + "SOCIAL_COOPERATIVES;UNEMPLOYED;2;12;;AWARDED;3;" + PublicServicesFixtures.OTHER_NIP
                + ";Spółdzielnia Socjalna Pomocna Dłoń;96 000;01.04.2025;31.03.2026;2\n"
                + PublicServicesFixtures.NIP + ";Dowóz posiłków;2025/BZP 00400000/01;55521200-0;40000;BASIC;"
                + "2025-04-01;2025-04-15;;;;;;;;;;;;;;;;\n";
    }

    @Test
    void aDryRunReportsWhatWouldBeCreatedAndStoresNothing() throws Exception {
        upload("zamowienia.csv", csv(goodCsv()), true).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("CSV"))
                .andExpect(jsonPath("$.dryRun").value(true)).andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.rowsRead").value(3))
                .andExpect(jsonPath("$.procurementsCreated").value(2))
                .andExpect(jsonPath("$.procurementsUpdated").value(0))
                .andExpect(jsonPath("$.lotsCreated").value(3))
                .andExpect(jsonPath("$.procurements[0].rows[1]").value(3))
                .andExpect(jsonPath("$.procurements[0].buyerName").value("Gmina Przykładowo"))
                .andExpect(jsonPath("$.problems.length()").value(0));

        assertThat(procurementCount()).isZero();
        assertThat(lotCount()).isZero();
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndNamesTheRowAndColumn() throws Exception {
        String bad = goodCsv().replace("2025-04-15", "2025-03-15");

        upload("zamowienia.csv", csv(bad + gmina.id() + ";Trzecie;;;dużo;BASIC;2025-04-01;;;;;;;;;;;;;;;;;\n"), false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.report.written").value(false))
                .andExpect(jsonPath("$.problems[?(@.row == 4 && @.field == 'deadline')]").exists())
                .andExpect(jsonPath("$.problems[?(@.row == 5 && @.field == 'estimated_value')].message")
                        .value("„dużo” nie jest liczbą."));

        assertThat(procurementCount()).isZero();
    }

    @Test
    void aGoodXlsxIsImportedWithItsClausesAndOutcomes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Zamówienia");
            String[] header = {"Zamawiający (NIP lub id)", "Nazwa zamówienia", "Numer ogłoszenia", "Kody CPV",
                    "Tryb", "Data ogłoszenia", "Numer części", "Wartość szacunkowa części", "Art. 94 zastrzeżenie dla",
                    "Art. 95 umowa o pracę", "Wynik", "Liczba ofert", "NIP wykonawcy", "Wykonawca", "Wartość umowy",
                    "Początek umowy", "Koniec umowy"};
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            Object[] row = {PublicServicesFixtures.NIP, "Catering dla DPS", "2025/BZP 00500000/01", "55520000-1",
                    "Przetarg nieograniczony", LocalDate.of(2025, 2, 3), 1, 120000.5, "Spółdzielnie socjalne", "tak",
                    "Udzielone", 2, PublicServicesFixtures.OTHER_NIP, "Spółdzielnia Socjalna Pomocna Dłoń", 118000,
                    "2025-03-01", "28.02.2026"};
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof LocalDate date) {
                    sheet.value(1, i, date);
                    sheet.style(1, i).format("dd.mm.yyyy").set();
                } else if (row[i] instanceof Number number) {
                    sheet.value(1, i, number);
                } else {
                    sheet.value(1, i, (String) row[i]);
                }
            }
        }

        upload("zamowienia.xlsx", bytes.toByteArray(), false).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("XLSX")).andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.procurementsCreated").value(1));

        ProcurementView stored = procurements.findByReference(null, "2025/BZP 00500000/01").orElseThrow();
        assertThat(stored.source()).isEqualTo(ProcurementSource.FILE);
        assertThat(stored.buyerId()).isEqualTo(gmina.id());
        assertThat(stored.procedure()).isEqualTo(ProcurementProcedure.OPEN_TENDER);
        assertThat(stored.noticeDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        LotView lot = stored.lots().get(0);
        assertThat(lot.estimatedValue()).isEqualByComparingTo("120000.50");
        assertThat(lot.clauses()).containsExactly(ClauseType.RESERVED_ART94, ClauseType.EMPLOYMENT_CONTRACT_ART95);
        assertThat(lot.reservedArt94()).isEqualTo(ReservedFor.SOCIAL_COOPERATIVES);
        assertThat(lot.result()).isEqualTo(LotResult.AWARDED);
        assertThat(lot.bidsReceived()).isEqualTo(2);
        assertThat(lot.contractorId()).isEqualTo(cooperative.id());
        assertThat(lot.contractorPes()).isTrue();
        assertThat(lot.contractValue()).isEqualByComparingTo("118000");
        assertThat(lot.contractEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theOcdsSampleIsImportedWithItsReservationAndAwardAndASecondImportUpdates() throws Exception {
        upload("pakiet.json", ocdsSample(), false).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("OCDS")).andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.rowsRead").value(3))
                .andExpect(jsonPath("$.procurementsCreated").value(2))
                .andExpect(jsonPath("$.lotsCreated").value(3));

        ProcurementView reserved = procurements.findByReference("ocds-148610-9f3c1d2e-0001", null).orElseThrow();
        assertThat(reserved.source()).isEqualTo(ProcurementSource.OCDS);
        assertThat(reserved.noticeNumber()).isEqualTo("2025/BZP 00398118/01");
        assertThat(reserved.buyerId()).isEqualTo(gmina.id());
        assertThat(reserved.clauses()).contains(ClauseType.RESERVED_ART94, ClauseType.SOCIAL_CRITERION);
        assertThat(reserved.lots().get(0).reservedArt94()).isEqualTo(ReservedFor.SHELTERED_EMPLOYERS);
        assertThat(reserved.lots().get(0).socialCriterionWeight()).isEqualByComparingTo("20");
        LotView awarded = reserved.lots().get(1);
        assertThat(awarded.result()).isEqualTo(LotResult.AWARDED);
        assertThat(awarded.contractorId()).isEqualTo(cooperative.id());
        assertThat(awarded.contractValue()).isEqualByComparingTo("96000");
        assertThat(awarded.contractStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        ProcurementView social = procurements.findByReference("ocds-148610-9f3c1d2e-0002", null).orElseThrow();
        assertThat(social.clauses()).containsExactly(ClauseType.RESERVED_ART361);

        upload("pakiet.json", ocdsSample(), false).andExpect(status().isOk())
                .andExpect(jsonPath("$.procurementsCreated").value(0))
                .andExpect(jsonPath("$.procurementsUpdated").value(2))
                .andExpect(jsonPath("$.lotsUpdated").value(3));

        assertThat(procurementCount()).isEqualTo(2);
        assertThat(lotCount()).isEqualTo(3);
        assertThat(procurements.findByReference("ocds-148610-9f3c1d2e-0001", null).orElseThrow().id())
                .isEqualTo(reserved.id());
    }

    @Test
    void aMalformedPackageIsRefusedNamingTheReleaseAndFieldAndChangesNothing() throws Exception {
        upload("pakiet.json", ocdsSample(), false).andExpect(status().isOk());
        long before = procurementCount();
        String malformed = new String(ocdsSample(), StandardCharsets.UTF_8)
                .replace("\"Usługi społeczne: prowadzenie klubu seniora\"", "\"Klub seniora, nowa nazwa\"")
                .replace("{\"amount\": 80000, \"currency\": \"PLN\"}", "{\"amount\": -80000, \"currency\": \"PLN\"}");

        upload("pakiet.json", malformed.getBytes(StandardCharsets.UTF_8), false).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("releases[2].tender.value.amount"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ocds-148610-9f3c1d2e-0002")));
        upload("pakiet.json", "{\"releases\": [{\"tender\": {}}]}".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("releases[0].ocid"));
        upload("pakiet.json", "{\"releases\": [".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(procurementCount()).isEqualTo(before);
        assertThat(procurements.findByReference("ocds-148610-9f3c1d2e-0002", null).orElseThrow().title())
                .isEqualTo("Usługi społeczne: prowadzenie klubu seniora");
    }

    @Test
    void aPartnerImportsItsOwnRowsButARowOfAnotherBuyerIsRefused() throws Exception {
        OrganisationView other = fixtures.jst("Gmina Sąsiednia", PublicServicesFixtures.KARTUZY);
        RequestPostProcessor partner = user(users.principal(fixtures.partner(gmina)));
        String own = HEADER + gmina.id() + ";Własne;2025/BZP 00600000/01;;1000;BASIC;2025-04-01;;;;;;;;;;;;;;;;;\n";

        upload("zamowienia.csv", csv(own + other.id() + ";Cudze;2025/BZP 00600001/01;;1000;BASIC;2025-04-01;"
                + ";;;;;;;;;;;;;;;;\n"), false, partner)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].field").value("buyer"));
        assertThat(procurementCount()).isZero();

        upload("zamowienia.csv", csv(own), false, partner).andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true));
        assertThat(procurementCount()).isEqualTo(1);
    }

    @Test
    void otherRolesMayNotImport() throws Exception {
        upload("zamowienia.csv", csv(goodCsv()), true, users.as(Role.PES)).andExpect(status().isForbidden());
        upload("zamowienia.csv", csv(goodCsv()), true, users.as(Role.OWES)).andExpect(status().isForbidden());
    }
}
