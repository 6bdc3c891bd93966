package pl.koordynator.es.committee;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.committee.CommitteePublicFixtures.Committee;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's public register and the sector's positions as a visitor reads them, and as
 * ROPS and a member read the same public pages: adopted documents only, approved minutes only, no
 * contact data or meeting link, a PDF with every Polish letter.
 */
class CommitteePublicPagesTest extends IntegrationTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    CommitteePublicFixtures fixtures;

    @Autowired
    CommitteeMeetings meetings;

    Committee committee;
    DocumentView adopted;
    DocumentView opinion;
    DocumentView rejected;
    DocumentView draft;

    @BeforeEach
    void aCommitteeWithDocuments() {
        fixtures.removeCommittee();
        fixtures.signInAsRops();
        committee = fixtures.committee();
        adopted = fixtures.voted(committee, DocumentType.RESOLUTION,
                "w sprawie zaopiniowania zmian w programie – gęślą jaźń", "Komitet pozytywnie opiniuje zmiany.\n\n§ 2. Uchwała wchodzi w życie z dniem podjęcia.", 3, 0);
        opinion = fixtures.voted(committee, DocumentType.OPINION, "o sprawozdaniu rocznym z realizacji programu",
                "Komitet przyjmuje sprawozdanie bez uwag.", 2, 1);
        rejected = fixtures.voted(committee, DocumentType.RESOLUTION, "w sprawie odrzuconego wniosku o żłobek",
                "Tekst odrzucony.", 0, 3);
        draft = fixtures.draft(committee, DocumentType.RESOLUTION, "w sprawie projektu jeszcze niegłosowanego",
                "Projekt wewnętrzny.");
        fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void adoptedDocumentsAreListedAndFoundBySearchWhileDraftsAndRejectedOnesAreNot() throws Exception {
        assertThat(adopted.status()).isEqualTo(DocumentStatus.ADOPTED);
        assertThat(rejected.status()).isEqualTo(DocumentStatus.REJECTED);
        for (RequestPostProcessor who : new RequestPostProcessor[] {anonymous(), users.as(Role.ADMIN), users.as(Role.COMMITTEE)}) {
            String list = page("/komitet/dokumenty", who);
            assertThat(list).contains("gęślą jaźń", "o sprawozdaniu rocznym", "Uchwała nr " + adopted.number())
                    .doesNotContain("odrzuconego wniosku", "jeszcze niegłosowanego");
        }
        String found = page("/komitet/dokumenty?q=sprawozdaniu", anonymous());
        assertThat(found).contains("o sprawozdaniu rocznym").doesNotContain("gęślą jaźń");
        assertThat(page("/komitet/dokumenty?q=niegłosowanego", users.as(Role.ADMIN)))
                .doesNotContain("jeszcze niegłosowanego").contains("Nie znaleziono dokumentów");
        assertThat(page("/komitet/dokumenty?type=OPINION", anonymous()))
                .contains("o sprawozdaniu rocznym").doesNotContain("gęślą jaźń");
        int year = adopted.adoptedOn().getYear();
        assertThat(page("/komitet/dokumenty?year=" + year, anonymous())).contains("gęślą jaźń");
        assertThat(page("/komitet/dokumenty?year=" + (year - 3), anonymous())).doesNotContain("gęślą jaźń");
        assertThat(page("/komitet", anonymous())).contains("gęślą jaźń").doesNotContain("jeszcze niegłosowanego",
                "odrzuconego wniosku");
    }

    @Test
    void anAdoptedDocumentShowsItsTextAndTheVoteCountedByTheSystem() throws Exception {
        String html = page("/komitet/dokumenty/" + adopted.id(), anonymous());
        assertThat(html).contains("Uchwała nr " + adopted.number(), "gęślą jaźń", "Komitet pozytywnie opiniuje zmiany.",
                "Wynik głosowania", DATE.format(adopted.adoptedOn()), "/komitet/dokumenty/" + adopted.id() + ".pdf");
    }

    @Test
    void draftsAndRejectedDocumentsAreNotFoundOnPublicPagesWhoeverAsks() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {anonymous(), users.as(Role.ADMIN), users.as(Role.COMMITTEE)}) {
            for (DocumentView hidden : new DocumentView[] {draft, rejected}) {
                mvc.perform(get("/komitet/dokumenty/" + hidden.id()).with(who)).andExpect(status().isNotFound());
                mvc.perform(get("/komitet/dokumenty/" + hidden.id() + ".pdf").with(who)).andExpect(status().isNotFound());
            }
            mvc.perform(get("/komitet/dokumenty/" + adopted.id()).with(who)).andExpect(status().isOk());
        }
    }

    @Test
    void approvedMinutesArePublicAndDraftMinutesAreNot() throws Exception {
        fixtures.signInAsRops();
        meetings.writeMinutes(committee.first().id(), new MinutesInput("Protokół przyjęty: obecni wszyscy członkowie."));
        meetings.approveMinutes(committee.first().id(), committee.second().id(), new VoteCounts(2, 0, 1));
        meetings.writeMinutes(committee.second().id(), new MinutesInput("Szkic protokołu – jeszcze do poprawy."));
        fixtures.signOut();

        for (RequestPostProcessor who : new RequestPostProcessor[] {anonymous(), users.as(Role.ADMIN)}) {
            assertThat(page("/komitet/posiedzenia/" + committee.first().id(), who))
                    .contains("Protokół przyjęty: obecni wszyscy członkowie.", "Otwarcie posiedzenia");
            assertThat(page("/komitet/posiedzenia/" + committee.second().id(), who))
                    .doesNotContain("Szkic protokołu").contains("Protokół zostanie opublikowany po jego przyjęciu");
        }
    }

    @Test
    void contactDataAndMeetingLinksNeverAppearOnPublicPages() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {anonymous(), users.as(Role.ADMIN), users.as(Role.COMMITTEE)}) {
            for (String path : new String[] {"/komitet", "/komitet/kadencje", "/komitet/posiedzenia",
                    "/komitet/posiedzenia/" + committee.planned().id(), "/komitet/dokumenty/" + adopted.id()}) {
                String html = page(path, who);
                assertThat(html).as(path).doesNotContain(CommitteePublicFixtures.EMAIL, CommitteePublicFixtures.PHONE,
                        "bogdan@komitet.example", "502 000 111", "meet.example");
            }
        }
        assertThat(page("/komitet", anonymous())).contains("Anna Zielińska", "przewodniczący", "Podmioty ekonomii społecznej",
                "Kadencja 7", "598/51/15", "Miejsce nieobsadzone");
        assertThat(page("/komitet/kadencje", anonymous())).contains("Celina Łęcka", "Uczelnie");
    }

    @Test
    void theHomeOfTheRegisterNamesItsAtomFeedAndTheComingMeeting() throws Exception {
        String html = page("/komitet", anonymous());
        assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/api/v1/committee/feed.atom\"")
                .contains("Posiedzenie nr " + committee.planned().number())
                .contains(DATE.format(committee.planned().startsAt().atZoneSameInstant(CommitteePublicFixtures.WARSAW)));
    }

    @Test
    void theDocumentPdfParsesAndCarriesTheSubjectWithItsPolishLetters() throws Exception {
        byte[] bytes = mvc.perform(get("/komitet/dokumenty/" + adopted.id() + ".pdf").with(anonymous()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Uchwała nr " + adopted.number(), "gęślą jaźń",
                    "§ 2. Uchwała wchodzi w życie z dniem podjęcia.", "Wynik głosowania",
                    "z dnia " + DATE.format(adopted.adoptedOn()), "kadencja 7");
        }
    }

    @Test
    void positionsAreListedFilteredAndShownWithTheirDeadline() throws Exception {
        LocalDate today = LocalDate.now(CommitteePublicFixtures.WARSAW);
        fixtures.signInAsRops();
        PositionView taken = fixtures.position("Stanowisko w sprawie klauzul społecznych", "Zarząd Województwa Pomorskiego",
                today.minusDays(40), today.minusDays(45), TakenIntoAccount.YES);
        fixtures.position("Opinia o projekcie programu rewitalizacji", "Sejmik Województwa Pomorskiego",
                today.plusDays(12), null, TakenIntoAccount.NO_ANSWER);
        fixtures.signOut();

        assertThat(page("/stanowiska", anonymous())).contains("klauzul społecznych", "programu rewitalizacji",
                DATE.format(today.plusDays(12)));
        assertThat(page("/stanowiska?q=Zarząd", anonymous())).contains("klauzul społecznych")
                .doesNotContain("programu rewitalizacji");
        assertThat(page("/stanowiska?taken=YES", anonymous())).contains("klauzul społecznych")
                .doesNotContain("programu rewitalizacji");
        assertThat(page("/stanowiska/" + taken.id(), anonymous())).contains("Zarząd Województwa Pomorskiego",
                DATE.format(today.minusDays(40)), "uwzględnione", "Sektor ekonomii społecznej wnosi o zmianę § 3.",
                "https://bip.example/konsultacje/1");
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
