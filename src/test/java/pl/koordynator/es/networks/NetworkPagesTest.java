package pl.koordynator.es.networks;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.networks.domain.MemberInput;
import pl.koordynator.es.networks.domain.NetworkInput;
import pl.koordynator.es.networks.domain.NetworkService;
import pl.koordynator.es.networks.domain.NetworkView;
import pl.koordynator.es.networks.domain.OfferBoard;
import pl.koordynator.es.networks.domain.OfferInput;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The networks pages as their users meet them: lists, a network's page, ties, the board, the graph, the report. */
class NetworkPagesTest extends IntegrationTest {

    private static final String CZARNA_DABROWKA = "2201032";

    @Autowired
    NetworksFixtures fixtures;

    @Autowired
    NetworkService networks;

    @Autowired
    OfferBoard board;

    OrganisationView coordinator;
    OrganisationView bakery;
    OrganisationView caterers;
    OrganisationView firm;
    OrganisationView university;
    NetworkView convent;
    NetworkView internal;
    int year;

    @BeforeEach
    void aConventWithMembersOverTime() {
        year = LocalDate.now().getYear();
        coordinator = fixtures.organisation("Centrum Integracji Społecznej w Gdańsku", Kind.CIS, NetworksFixtures.GDANSK);
        bakery = fixtures.pes("Spółdzielnia Socjalna „Piekarnia Kaszubska”", CZARNA_DABROWKA);
        caterers = fixtures.pes("Spółdzielnia Socjalna „Smaki Pomorza”", NetworksFixtures.GDYNIA);
        firm = fixtures.organisation("Bałtycka Hurtownia Spożywcza sp. z o.o.", Kind.BUSINESS, NetworksFixtures.GDANSK);
        university = fixtures.organisation("Politechnika Gdańska", Kind.SCIENCE, NetworksFixtures.GDANSK);
        convent = networks.createAtStartup(new NetworkInput("Konwent CIS i KIS Pomorza", "REINTEGRATION",
                "Sieć centrów i klubów integracji społecznej.", "REGION", null, List.of(), coordinator.id(),
                "01.01." + (year - 3), null, "ACTIVE", true, null));
        networks.addMemberAtStartup(convent.id(), new MemberInput(coordinator.id(), "COORDINATOR", "01.01." + (year - 3)));
        networks.addMemberAtStartup(convent.id(), new MemberInput(bakery.id(), "MEMBER", "01.03." + (year - 2)));
        networks.addMemberAtStartup(convent.id(), new MemberInput(caterers.id(), "MEMBER", "01.06." + (year - 2)));
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            networks.endMember(convent.id(), caterers.id(), "30.06." + (year - 1));
        } finally {
            users.signOut();
        }
        internal = networks.createAtStartup(new NetworkInput("Robocza sieć branży gastronomicznej", "PES_BRANCH", null,
                "POWIATS", null, List.of("2262"), null, null, null, "ACTIVE", false, null));
        networks.addMemberAtStartup(internal.id(), new MemberInput(caterers.id(), "MEMBER", "01.01." + year));
    }

    @Test
    void theListFiltersByKindPowiatAndMemberKindAndShowsInternalNetworksToAccountsOnly() throws Exception {
        String visitor = page(get("/networks"));
        assertThat(visitor).contains("Konwent CIS i KIS Pomorza").doesNotContain("Robocza sieć branży gastronomicznej")
                .contains("Liczba sieci: 1");

        RequestPostProcessor admin = as(Role.ADMIN, null);
        assertThat(page(get("/networks").with(admin))).contains("Konwent CIS i KIS Pomorza", "Robocza sieć branży");
        assertThat(page(get("/networks").param("kind", "PES_BRANCH").with(admin)))
                .contains("Robocza sieć branży").doesNotContain("Konwent CIS i KIS Pomorza");
        assertThat(page(get("/networks").param("memberKind", "CIS").with(admin)))
                .contains("Konwent CIS i KIS Pomorza").doesNotContain("Robocza sieć branży");
        // the convent works in the whole region, the working group in Gdynia only
        assertThat(page(get("/networks").param("powiat", "2201").with(admin)))
                .contains("Konwent CIS i KIS Pomorza").doesNotContain("Robocza sieć branży").contains("Liczba sieci: 1");
        // the yearly report is offered to ROPS, not to a visitor
        assertThat(page(get("/networks").with(admin))).contains("id=\"report-form\"");
        assertThat(visitor).doesNotContain("id=\"report-form\"");
    }

    @Test
    void aNetworkPageShowsCurrentAndFormerMembersTheYearsAndMeetingsWithAttendance() throws Exception {
        long meeting = fixtures.event("NETWORK_MEETING", LocalDate.now().minusDays(10));
        fixtures.attended(meeting, bakery);
        fixtures.attended(meeting, coordinator);
        networks.linkMeetingAtStartup(convent.id(), meeting);

        String html = page(get("/networks/" + convent.id()));

        String current = between(html, "id=\"current-members\"", "</table>");
        assertThat(current).contains("Spółdzielnia Socjalna „Piekarnia Kaszubska”", "Centrum Integracji Społecznej")
                .doesNotContain("Smaki Pomorza");
        String former = between(html, "id=\"former-members\"", "</table>");
        assertThat(former).contains("Smaki Pomorza", "01.06." + (year - 2), "30.06." + (year - 1));
        String byYear = between(html, "id=\"members-by-year\"", "</table>");
        // at the end of last year: the coordinator and the bakery (the caterers left in June)
        assertThat(byYear.replaceAll("\\s+", " ")).contains("<th scope=\"row\">" + (year - 1) + "</th> <td class=\"text-end\">2</td>");
        String meetings = between(html, "id=\"meetings-table\"", "</table>");
        assertThat(meetings).contains("Spotkanie", "/events/" + meeting).contains("<td class=\"text-end\">2</td>");
        // a visitor may not change the network
        assertThat(html).doesNotContain("Zakończ członkostwo").doesNotContain("Dodaj dokument");
    }

    @Test
    void theCoordinatorAddsAndEndsMembershipsAndAnotherOrganisationMayNot() throws Exception {
        UserView staff = fixtures.user(Role.PES, coordinator);
        UserView outsider = fixtures.user(Role.PES, bakery);
        OrganisationView newcomer = fixtures.organisation("Klub Integracji Społecznej w Kartuzach", Kind.KIS,
                CZARNA_DABROWKA);

        mvc.perform(post("/networks/" + convent.id() + "/members").with(csrf()).with(as(outsider))
                .param("organisationId", String.valueOf(newcomer.id())).param("organisationName", newcomer.name())
                .param("role", "MEMBER")).andExpect(status().isForbidden());

        String errors = page(post("/networks/" + convent.id() + "/members").with(csrf()).with(as(staff))
                .param("organisationName", "Nie ma takiej organizacji").param("role", "MEMBER"));
        assertThat(errors).contains("id=\"organisationId-error\"").contains("Nie ma takiej organizacji w rejestrze.");

        mvc.perform(post("/networks/" + convent.id() + "/members").with(csrf()).with(as(staff))
                        .param("organisationId", String.valueOf(newcomer.id())).param("organisationName", newcomer.name())
                        .param("role", "OBSERVER").param("joinedOn", "01.02." + year))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/networks/" + convent.id() + "#members"));
        assertThat(between(page(get("/networks/" + convent.id()).with(as(staff))), "id=\"current-members\"", "</table>"))
                .contains("Klub Integracji Społecznej w Kartuzach", "Obserwator", "01.02." + year);

        mvc.perform(post("/networks/" + convent.id() + "/members/" + newcomer.id() + "/leave").with(csrf()).with(as(staff)))
                .andExpect(status().is3xxRedirection());
        String after = page(get("/networks/" + convent.id()).with(as(staff)));
        assertThat(between(after, "id=\"current-members\"", "</table>")).doesNotContain("Kartuzach");
        assertThat(between(after, "id=\"former-members\"", "</table>")).contains("Kartuzach");
    }

    @Test
    void documentsArePdfOnlyAndComeBackAsTheyWereUploaded() throws Exception {
        UserView staff = fixtures.user(Role.PES, coordinator);
        byte[] pdf = "%PDF-1.4\n% regulamin konwentu\n%%EOF".getBytes();

        mvc.perform(multipart("/networks/" + convent.id() + "/documents")
                        .file(new MockMultipartFile("file", "notatki.txt", "text/plain", "to nie PDF".getBytes()))
                        .with(csrf()).with(as(staff)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from network_document").query(Long.class).single()).isZero();

        mvc.perform(multipart("/networks/" + convent.id() + "/documents")
                        .file(new MockMultipartFile("file", "Regulamin konwentu.pdf", "application/pdf", pdf))
                        .with(csrf()).with(as(Role.PES, bakery)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/networks/" + convent.id() + "/documents")
                        .file(new MockMultipartFile("file", "Regulamin konwentu.pdf", "application/pdf", pdf))
                        .with(csrf()).with(as(staff)))
                .andExpect(status().is3xxRedirection());

        long id = jdbc.sql("select id from network_document").query(Long.class).single();
        String html = page(get("/networks/" + convent.id()));
        assertThat(html).contains("Regulamin konwentu.pdf").contains("/networks/" + convent.id() + "/documents/" + id);
        byte[] downloaded = mvc.perform(get("/networks/" + convent.id() + "/documents/" + id).with(as(Role.COMMITTEE, null)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void aTieWaitsForTheOtherSideWhoConfirmsItFromTheList() throws Exception {
        UserView baker = fixtures.user(Role.PES, bakery);
        UserView trader = fixtures.user(Role.PARTNER, firm);

        String self = page(post("/networks/ties").with(csrf()).with(as(baker))
                .param("fromOrganisationId", String.valueOf(bakery.id())).param("fromOrganisationName", bakery.name())
                .param("toOrganisationId", String.valueOf(bakery.id())).param("toOrganisationName", bakery.name())
                .param("kind", "SUPPLY_CONTRACT").param("startsOn", "01.02." + year));
        assertThat(self).contains("id=\"toOrganisationId-error\"")
                .contains("Organizacja nie może mieć powiązania sama ze sobą.");
        assertThat(jdbc.sql("select count(*) from tie").query(Long.class).single()).isZero();

        mvc.perform(post("/networks/ties").with(csrf()).with(as(baker))
                        .param("fromOrganisationId", String.valueOf(firm.id())).param("fromOrganisationName", firm.name())
                        .param("toOrganisationId", String.valueOf(bakery.id())).param("toOrganisationName", bakery.name())
                        .param("kind", "SUPPLY_CONTRACT").param("directed", "true").param("startsOn", "01.02." + year)
                        .param("valuePln", "12 500,00"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/networks/ties"));

        String own = between(page(get("/networks/ties").with(as(baker))), "id=\"tie-list\"", "</ul>");
        assertThat(own).contains("Bałtycka Hurtownia Spożywcza").contains("Niepotwierdzone")
                .contains("Nie liczy się w miarach").doesNotContain("/confirm\"");
        String other = page(get("/networks/ties").with(as(trader)));
        long tie = jdbc.sql("select id from tie").query(Long.class).single();
        assertThat(other).contains("/networks/ties/" + tie + "/confirm");

        mvc.perform(post("/networks/ties/" + tie + "/confirm").with(csrf()).with(as(trader)))
                .andExpect(status().is3xxRedirection());
        assertThat(between(page(get("/networks/ties").param("confirmed", "true").with(as(baker))), "id=\"tie-list\"",
                "</ul>")).contains("Bałtycka Hurtownia Spożywcza").contains("Trwa").doesNotContain("Niepotwierdzone");
    }

    @Test
    void derivedTiesAreListedWithTheirSource() throws Exception {
        // the coordinator and the bakery belong to the convent this year: a tie derived from the network
        String html = page(get("/networks/ties").param("source", "NETWORK").param("year", String.valueOf(year))
                .with(as(Role.ADMIN, null)));

        assertThat(html).contains("Wyprowadzone: wspólna sieć").contains("Piekarnia Kaszubska")
                .contains("Centrum Integracji Społecznej w Gdańsku");
    }

    @Test
    void theBoardShowsAnOrganisationItsPostsWithTheirMatchesAndClosingRecordsTheOutcome() throws Exception {
        UserView baker = fixtures.user(Role.PES, bakery);
        UserView trader = fixtures.user(Role.PARTNER, firm);
        users.signIn(trader);
        long need;
        try {
            need = board.post(new OfferInput("NEED", null, "CATERING", "Obiady dla 40 pracowników hurtowni",
                    "Codziennie od poniedziałku do piątku.", "2261", null, false)).id();
        } finally {
            users.signOut();
        }
        mvc.perform(post("/networks/offers").with(csrf()).with(as(baker)).param("side", "OFFER")
                        .param("category", "CATERING").param("title", "Catering na spotkania i szkolenia")
                        .param("areaTeryt", "").param("notifyMatches", "true"))
                .andExpect(status().is3xxRedirection());

        String mine = page(get("/networks/offers").with(as(baker)));
        assertThat(between(mine, "id=\"own-posts\"", "</section>")).contains("Catering na spotkania i szkolenia")
                .contains("Dopasowane ogłoszenia: 1").contains("Obiady dla 40 pracowników hurtowni");
        assertThat(page(get("/networks/offers/" + need).with(as(trader)))).contains("Catering na spotkania i szkolenia");

        mvc.perform(post("/networks/offers/" + need + "/close").with(csrf()).with(as(trader)).param("ledToTie", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/networks/offers/" + need).with(as(trader)))).contains("doprowadziło do współpracy");
        assertThat(jdbc.sql("select led_to_tie from cooperation_offer where id = :id").param("id", need)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theGraphPageCarriesTheDrawingAndTheSameOrganisationsInATableSortedByTheServer() throws Exception {
        fixtures.tie(bakery, firm, "SUPPLY_CONTRACT", "01.01." + year, null);
        fixtures.tie(bakery, university, "RESEARCH_PROJECT", "01.01." + year, null);

        String html = page(get("/networks/graph").param("year", String.valueOf(year)));

        assertThat(html).contains("id=\"graph\"").contains("data-graph=\"{&quot;nodes&quot;:")
                .contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
                .contains("/networks/graph.graphml?year=" + year).contains("/networks/graph.csv?year=" + year);
        String nodes = between(html, "id=\"graph-nodes\"", "</table>");
        // by degree, highest first: the bakery (2) before the firm (1)
        assertThat(nodes.indexOf("Piekarnia Kaszubska")).isLessThan(nodes.indexOf("Bałtycka Hurtownia"));
        assertThat(nodes).contains("aria-sort=\"descending\"").contains("/organisations/" + bakery.id());
        String byName = between(page(get("/networks/graph").param("year", String.valueOf(year)).param("sort", "name")
                .param("dir", "asc")), "id=\"graph-nodes\"", "</table>");
        assertThat(byName.indexOf("Bałtycka Hurtownia")).isLessThan(byName.indexOf("Spółdzielnia Socjalna „Piekarnia"));
        assertThat(between(html, "id=\"graph-edges\"", "</table>")).contains("PES – biznes").contains("PES – nauka");

        String csv = mvc.perform(get("/networks/graph.csv").param("year", String.valueOf(year)).param("table", "edges"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Politechnika Gdańska").contains("Bałtycka Hurtownia Spożywcza sp. z o.o.");
        String graphMl = mvc.perform(get("/networks/graph.graphml").param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(graphMl).contains("<graphml");
    }

    @Test
    void theYearlyReportReadsBackAsPdfAndXlsxWithTheSameFigures() throws Exception {
        fixtures.tie(bakery, coordinator, "COOPERATION_AGREEMENT", "01.03." + (year - 1), null);
        fixtures.tie(bakery, firm, "SUPPLY_CONTRACT", "01.04." + (year - 1), null);
        long meeting = fixtures.event("NETWORK_MEETING", LocalDate.of(year - 1, 5, 12));
        fixtures.attended(meeting, bakery);
        fixtures.attended(meeting, coordinator);
        fixtures.attended(meeting, caterers);
        networks.linkMeetingAtStartup(convent.id(), meeting);
        RequestPostProcessor committee = as(Role.COMMITTEE, null);

        mvc.perform(get("/networks/report.pdf").param("year", String.valueOf(year - 1)).with(as(Role.PES, bakery)))
                .andExpect(status().isForbidden());

        byte[] pdf = mvc.perform(get("/networks/report.pdf").param("year", String.valueOf(year - 1)).with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Raport z działalności sieci regionalnych za rok " + (year - 1))
                    .contains("Konwent CIS i KIS Pomorza").contains("Członkowie na koniec roku 2")
                    .contains("Nowe powiązania członków 1").contains("12.05." + (year - 1))
                    .contains("PES – biznes 1 1").contains("Przystąpiło / odeszło w roku 0 / 1");
        }

        byte[] xlsx = mvc.perform(get("/networks/report.xlsx").param("year", String.valueOf(year - 1)).with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Sieci", "Spotkania", "Region", "Powiaty");
            List<Row> rows = sheets.get(0).read();
            Row header = rows.stream().filter(r -> "Sieć".equals(r.getCellText(0))).findFirst().orElseThrow();
            Row conventRow = rows.stream().filter(r -> "Konwent CIS i KIS Pomorza".equals(r.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(conventRow.getCellAsNumber(column(header, "Członkowie na koniec roku")))
                    .hasValue(BigDecimal.valueOf(2));
            assertThat(conventRow.getCellAsNumber(column(header, "Obecni na spotkaniach"))).hasValue(BigDecimal.valueOf(3));
            assertThat(conventRow.getCellAsNumber(column(header, "Nowe powiązania członków")))
                    .hasValue(BigDecimal.ONE);
            Row business = sheets.get(2).read().stream().filter(r -> "PES – biznes".equals(r.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(business.getCellAsNumber(1)).hasValue(BigDecimal.ONE);
        }
    }

    @Test
    void theDashboardShowsTiesToConfirmAndTheOrganisationCardItsNetworks() throws Exception {
        UserView baker = fixtures.user(Role.PES, bakery);
        mvc.perform(post("/networks/ties").with(csrf()).with(as(baker))
                .param("fromOrganisationId", String.valueOf(bakery.id())).param("fromOrganisationName", bakery.name())
                .param("toOrganisationId", String.valueOf(university.id())).param("toOrganisationName", university.name())
                .param("kind", "RESEARCH_PROJECT").param("startsOn", "01.02." + year))
                .andExpect(status().is3xxRedirection());

        String science = page(get("/panel").with(as(Role.PARTNER, university)));
        assertThat(science).contains("Powiązania do potwierdzenia").contains("Spółdzielnia Socjalna „Piekarnia Kaszubska” – Politechnika Gdańska");
        assertThat(page(get("/panel").with(as(Role.ADMIN, null)))).contains("Powiązania czekające na potwierdzenie");

        String card = page(get("/organisations/" + bakery.id()));
        assertThat(card).contains("Sieci współpracy").contains("Konwent CIS i KIS Pomorza");
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private RequestPostProcessor as(Role role, OrganisationView organisation) {
        return as(fixtures.user(role, organisation));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    private static int column(Row header, String label) {
        for (int i = 0; i < header.getCellCount(); i++) {
            if (label.equals(header.getCellText(i))) {
                return i;
            }
        }
        throw new AssertionError("no column " + label);
    }
}
