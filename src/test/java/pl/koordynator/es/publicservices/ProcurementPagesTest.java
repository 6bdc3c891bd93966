package pl.koordynator.es.publicservices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The procurement and public task pages: the form saves a procurement with two lots and their
 * clauses, adds and removes lots without a script, names a bad CPV code and a deadline before the
 * notice in Polish beside their fields and saves nothing; a PARTNER writes for its own JST only; the
 * export holds the filtered rows; the organisation card shows a buyer's procurements and a PES's
 * contracts won and public tasks.
 */
class ProcurementPagesTest extends IntegrationTest {

    @Autowired
    PublicServicesFixtures fixtures;

    @Autowired
    Procurements procurements;

    @Autowired
    MessageSource messages;

    OrganisationView gdansk;
    OrganisationView kartuzy;
    UserView admin;
    UserView partner;

    @BeforeEach
    void twoBuyersRopsAndAPartnerOfTheFirst() {
        gdansk = fixtures.jst("Gmina Miasta Gdańska " + System.nanoTime(), PublicServicesFixtures.GDANSK);
        kartuzy = fixtures.jst("Gmina Kartuzy " + System.nanoTime(), PublicServicesFixtures.KARTUZY);
        admin = fixtures.admin();
        partner = fixtures.partner(gdansk);
    }

    @Test
    void ropsSavesAProcurementWithTwoLotsAndTheirClausesAndItsPageSaysThemInWords() throws Exception {
        MockHttpServletResponse saved = mvc.perform(twoLots(form(post("/zamowienia"), "Usługi opiekuńcze w gminie")
                .param("buyerId", String.valueOf(gdansk.id())).param("buyerName", gdansk.name()))
                .with(as(admin))).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString()).startsWith("/zamowienia/");
        long id = Long.parseLong(saved.getRedirectedUrl().substring("/zamowienia/".length()));
        ProcurementView procurement = fixtures.as(admin, () -> procurements.procurement(id));
        assertThat(procurement.buyerId()).isEqualTo(gdansk.id());
        assertThat(procurement.cpvCodes()).containsExactly("85311000-2", "85312000-9");
        assertThat(procurement.lots()).hasSize(2);
        assertThat(procurement.lots().get(0).reservedArt94()).isEqualTo(ReservedFor.SOCIAL_COOPERATIVES);
        assertThat(procurement.lots().get(1).employmentArt96Group()).isEqualTo(EmploymentGroup.UNEMPLOYED);
        assertThat(procurement.lots().get(1).employmentArt96Persons()).isEqualTo(2);
        assertThat(procurement.lots().get(1).socialCriterionWeight()).isEqualByComparingTo("15");
        assertThat(procurement.clauses()).contains(ClauseType.RESERVED_ART94, ClauseType.EMPLOYMENT_ART96,
                ClauseType.SOCIAL_CRITERION);

        String page = page(get("/zamowienia/" + id).with(as(partner)));
        assertThat(page).contains("Zamówienie zastrzeżone (art. 94) dla: Spółdzielnie socjalne")
                .contains("Zatrudnienie (art. 96 ust. 2 pkt 2): Osoby bezrobotne, liczba osób: 2, przez 12 mies.")
                .contains("150 000,00 zł").contains(fmt(RegionDate.today().minusDays(3)))
                .contains("href=\"/organisations/" + gdansk.id() + "\"")
                .contains("href=\"/zamowienia/" + id + "/dopasowania\"").contains("id=\"edit\"");
        assertThat(page(get("/zamowienia/" + id).with(as(fixtures.user(Role.COMMITTEE)))))
                .doesNotContain("id=\"edit\"").doesNotContain("/dopasowania");
    }

    @Test
    void addingAndRemovingALotShowTheFormAgainWithoutSavingAnything() throws Exception {
        String added = page(form(post("/zamowienia"), "Sprzatanie szkol").param("addLot", "1").with(as(partner)));
        assertThat(added).contains("name=\"lots[0].title\"").contains("name=\"lots[1].title\"")
                .contains("id=\"remove-lot-1\"").contains("value=\"Sprzatanie szkol\"")
                .contains("<label for=\"lots1.title\"").contains("id=\"lots1.title\"");
        assertThat(count()).isZero();

        String removed = page(twoLots(form(post("/zamowienia"), "Sprzatanie szkol")).param("removeLot", "0")
                .with(as(partner)));
        assertThat(removed).contains("name=\"lots[0].title\"").doesNotContain("name=\"lots[1].title\"")
                .contains("value=\"Opieka wytchnieniowa\"").doesNotContain("value=\"Usługi").contains("id=\"add-lot\"");
        assertThat(count()).isZero();
    }

    @Test
    void aBadCpvCodeAndADeadlineBeforeTheNoticeAreNamedInPolishAndNothingIsSaved() throws Exception {
        String html = page(form(post("/zamowienia"), "Druk biuletynu", "7980-2", RegionDate.today().minusDays(20))
                .with(as(partner)));

        assertThat(fieldError(html, "cpvCodes")).isEqualTo(polish("publicservices.core.cpv.invalid"));
        assertThat(fieldError(html, "bidDeadline")).isEqualTo(polish("publicservices.core.bidDeadline.beforeNotice"));
        assertThat(html).contains(polish("publicservices.pages.form.errors")).contains("href=\"#cpvCodes\"");
        assertThat(count()).isZero();

        String amount = page(form(post("/zamowienia"), "Druk biuletynu").param("lots[0].contractValue", "dużo")
                .with(as(partner)));
        assertThat(fieldError(amount, "lots0.contractValue")).isEqualTo(polish("form.error.amount"));
        assertThat(count()).isZero();
    }

    @Test
    void aPartnerWritesForItsOwnJstOnlyWhateverTheFormSends() throws Exception {
        assertThat(page(get("/zamowienia/nowe").with(as(partner)))).contains("id=\"buyer-fixed\"")
                .contains(gdansk.name()).doesNotContain("role=\"combobox\"");

        MockHttpServletResponse saved = mvc.perform(form(post("/zamowienia"), "Koszenie trawników")
                .param("buyerId", String.valueOf(kartuzy.id())).param("buyerName", kartuzy.name())
                .with(as(partner))).andReturn().getResponse();
        long id = Long.parseLong(saved.getRedirectedUrl().substring("/zamowienia/".length()));
        assertThat(fixtures.as(admin, () -> procurements.procurement(id)).buyerId()).isEqualTo(gdansk.id());

        ProcurementView other = fixtures.as(admin, () -> procurements.create(
                PublicServicesFixtures.input(kartuzy.id(), "Remont świetlicy")));
        assertThat(page(get("/zamowienia/" + other.id()).with(as(partner)))).doesNotContain("id=\"edit\"");
        assertThat(mvc.perform(post("/zamowienia/" + other.id() + "/usun").with(csrf()).with(as(partner)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/zamowienia/nowe").with(as(fixtures.user(Role.PES)))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void theListFiltersAndItsCsvAndXlsxHoldTheFilteredRows() throws Exception {
        fixtures.as(admin, () -> procurements.create(PublicServicesFixtures.withLots(
                PublicServicesFixtures.input(gdansk.id(), "Catering dla seniorów z klauzulą"),
                PublicServicesFixtures.reservedLot(1, "250000.50"))));
        fixtures.as(admin, () -> procurements.create(PublicServicesFixtures.input(kartuzy.id(), "Druk ulotek bez klauzul")));

        String list = page(get("/zamowienia?withClauses=true").with(as(fixtures.user(Role.OWES))));
        assertThat(list).contains("Catering dla seniorów z klauzulą").doesNotContain("Druk ulotek bez klauzul")
                .contains("100 000,00 zł").contains(">art. 94<");
        assertThat(page(get("/zamowienia?buyer=" + kartuzy.id()).with(as(partner))))
                .contains("Druk ulotek bez klauzul").doesNotContain("Catering dla seniorów");

        MockHttpServletResponse csv = mvc.perform(get("/zamowienia/eksport?format=csv&withClauses=true")
                .with(as(partner))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Catering dla seniorów z klauzulą").contains("100000")
                .doesNotContain("Druk ulotek");

        MockHttpServletResponse xlsx = mvc.perform(get("/zamowienia/eksport?format=xlsx&q=Druk")
                .with(as(partner))).andReturn().getResponse();
        String sheet = sheet(xlsx.getContentAsByteArray());
        assertThat(sheet).contains("Druk ulotek bez klauzul").doesNotContain("Catering dla seniorów");
    }

    @Test
    void theOrganisationCardShowsABuyersProcurementsAndAPesContractsAndTasksWon() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Smaki " + System.nanoTime(),
                PublicServicesFixtures.GDANSK, PublicServicesFixtures.NIP, true);
        fixtures.as(admin, () -> procurements.create(PublicServicesFixtures.withLots(
                PublicServicesFixtures.input(gdansk.id(), "Obiady dla szkół"),
                PublicServicesFixtures.awardedTo(PublicServicesFixtures.reservedLot(1, "90000"), pes.id(), null, null,
                        "88000"))));
        fixtures.as(admin, () -> fixtures.createdTask(PublicServicesFixtures.task(gdansk.id(), "Klub seniora")));
        LocalDate today = RegionDate.today();

        String buyer = page(get("/organisations/" + gdansk.id()).with(as(admin)));
        assertThat(buyer).contains("id=\"activity-publicservices-procurements\"").contains("Obiady dla szkół")
                .contains("href=\"/zamowienia?buyer=" + gdansk.id() + "\"");
        assertThat(buyer).contains(polish("publicservices.pages.card.clauseShare", String.valueOf(today.getYear())));

        String card = page(get("/organisations/" + pes.id()).with(as(admin)));
        assertThat(card).contains("id=\"activity-publicservices-contracts\"").contains("Obiady dla szkół");
        long won = fixtures.as(admin, () -> procurements.procurements(new ProcurementQuery(null, null, null, null, null,
                null, null, pes.id()), new Paging(0, 5)).total());
        assertThat(won).isEqualTo(1);
    }

    @Test
    void theListsAndFormsOpenForTheRolesThatUseThem() throws Exception {
        for (Role role : Role.values()) {
            RequestPostProcessor caller = as(fixtures.user(role));
            assertThat(page(get("/zamowienia").with(caller))).contains(polish("publicservices.pages.procurements.title"));
            assertThat(page(get("/zadania-publiczne").with(caller))).contains(polish("publicservices.pages.tasks.title"));
            int form = mvc.perform(get("/zamowienia/nowe").with(caller)).andReturn().getResponse().getStatus();
            assertThat(form).as("%s", role).isEqualTo(role == Role.ADMIN || role == Role.PARTNER ? 200 : 403);
        }
        assertThat(page(get("/zamowienia/nowe").with(as(admin)))).contains("role=\"combobox\"");
        assertThat(page(get("/zamowienia/zamawiajacy?q=Kartuzy").with(as(admin)))).contains(kartuzy.name());
    }

    @Test
    void aPartnerEntersAPublicTaskOfItsJstAndAMissingAmountIsNamed() throws Exception {
        String bad = page(post("/zadania-publiczne").with(csrf()).param("callTitle", "Klub seniora")
                .param("area", "SENIORS").param("callDate", RegionDate.today().toString()).with(as(partner)));
        assertThat(bad).contains("id=\"amount-error\"");
        assertThat(jdbc.sql("select count(*) from publicservices_public_task").query(Long.class).single()).isZero();

        MockHttpServletResponse saved = mvc.perform(post("/zadania-publiczne").with(csrf())
                .param("callTitle", "Klub seniora").param("area", "SENIORS")
                .param("callDate", RegionDate.today().toString())
                .param("offerDeadline", RegionDate.today().plusDays(14).toString()).param("amount", "45 000,00")
                .param("jstId", String.valueOf(kartuzy.id())).with(as(partner))).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString()).startsWith("/zadania-publiczne/");
        String page = page(get(saved.getRedirectedUrl()).with(as(fixtures.user(Role.PES))));
        assertThat(page).contains("Klub seniora").contains("45 000,00 zł").contains(gdansk.name())
                .contains(polish("publicservices.pages.openForOffers")).doesNotContain("id=\"edit\"");

        // the list's download holds what its filters let through
        assertThat(page(get("/zadania-publiczne?area=SENIORS").with(as(partner))))
                .contains("href=\"/zadania-publiczne/eksport?area=SENIORS&amp;format=csv\"");
        String csv = mvc.perform(get("/zadania-publiczne/eksport?format=csv&area=SENIORS").with(as(partner)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Klub seniora").contains(polish("publicservices.area.SENIORS")).contains("45000");
        assertThat(mvc.perform(get("/zadania-publiczne/eksport?format=csv&area=CULTURE").with(as(partner)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Klub seniora");
        assertThat(sheet(mvc.perform(get("/zadania-publiczne/eksport?format=xlsx").with(as(fixtures.user(Role.PES))))
                .andReturn().getResponse().getContentAsByteArray())).contains("Klub seniora");
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
        return form(request, title, "85311000-2, 85312000-9", RegionDate.today().plusDays(14));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String cpv,
            LocalDate deadline) {
        LocalDate today = RegionDate.today();
        return request.with(csrf()).param("title", title).param("cpvCodes", cpv)
                .param("procedure", "SOCIAL_SERVICES").param("noticeDate", today.minusDays(3).toString())
                .param("bidDeadline", deadline.toString()).param("estimatedValue", "150 000,00")
                .param("version", "0").param("lots[0].number", "1").param("lots[0].title", "Usługi opiekuńcze")
                .param("lots[0].result", "PENDING");
    }

    private static MockHttpServletRequestBuilder twoLots(MockHttpServletRequestBuilder request) {
        return request.param("lots[0].estimatedValue", "100 000").param("lots[0].reservedArt94", "SOCIAL_COOPERATIVES")
                .param("lots[1].number", "2").param("lots[1].title", "Opieka wytchnieniowa")
                .param("lots[1].estimatedValue", "50 000").param("lots[1].employmentArt96Group", "UNEMPLOYED")
                .param("lots[1].employmentArt96Persons", "2").param("lots[1].employmentArt96Months", "12")
                .param("lots[1].socialCriterionWeight", "15").param("lots[1].result", "PENDING");
    }

    private long count() {
        return jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single();
    }

    private String polish(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag("pl"));
    }

    private static String fmt(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String fieldError(String html, String field) {
        int start = html.indexOf("id=\"" + field + "-error\"");
        assertThat(start).as("an error beside " + field).isPositive();
        String error = html.substring(start, html.indexOf("</div>", start));
        return error.substring(error.indexOf('>') + 1).strip();
    }

    /** The first worksheet's XML (fastexcel writes the text inline); read through the central directory. */
    private static String sheet(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("procurements", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst()
                        .orElseThrow(() -> new AssertionError("no worksheet"));
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private String page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
