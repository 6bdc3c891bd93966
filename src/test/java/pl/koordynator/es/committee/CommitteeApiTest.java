package pl.koordynator.es.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's rules over the API: quorum before a decision, one vote per current member before
 * the deadline, results computed from the votes, absences flagged, and the public register and feed
 * showing adopted documents only.
 */
class CommitteeApiTest extends IntegrationTest {

    @Autowired
    CommitteeTerms terms;

    @Autowired
    CommitteeMeetings meetings;

    @Autowired
    CommitteeDocuments documents;

    @Autowired
    List<pl.koordynator.es.privacy.PersonalData> personalData;

    @Autowired
    List<pl.koordynator.es.shared.ProgrammeMeasures> measures;

    UserView rops;
    TermView term;
    final List<MemberView> members = new ArrayList<>();
    final List<UserView> accounts = new ArrayList<>();

    @BeforeEach
    void fiveMembers() {
        MailServer.purge();
        rops = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        users.signIn(rops);
        term = terms.createTerm(new TermInput(7, LocalDate.now().minusYears(1), null, "XII/123/2025", null));
        for (int i = 0; i < 5; i++) {
            UserView account = users.create("member" + i + "-" + System.nanoTime(), Role.COMMITTEE);
            accounts.add(account);
            members.add(terms.addMember(new MemberInput(term.id(), "Członek Próbny " + i, "czlonek" + i + "@example.org",
                    null, account.id(), null, SeatCategory.values()[i], i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER,
                    term.startsOn(), null)));
        }
        // requests below say who sends them; a visitor's request must not run as ROPS
        users.signOut();
    }

    /** Service calls as ROPS, as a page would make them. */
    private <T> T asRopsInService(java.util.function.Supplier<T> call) {
        users.signIn(rops);
        try {
            return call.get();
        } finally {
            users.signOut();
        }
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private RequestPostProcessor asRops() {
        return as(rops);
    }

    private long meetingDaysAgo(int days) throws Exception {
        String body = mvc.perform(post("/api/v1/committee/meetings").with(asRops()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"termId": %d, "startsAt": "%s", "mode": "IN_PERSON", "venue": "Urząd Marszałkowski, sala 1",
                                 "agenda": [{"title": "Opinia o programie", "presenter": "ROPS"}]}"""
                                .formatted(term.id(), OffsetDateTime.now().minusDays(days).withNano(0))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    private void attendance(long meeting, Attendance... each) throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < each.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"memberId\": %d, \"attendance\": \"%s\"}"
                    .formatted(members.get(i).id(), each[i]));
        }
        mvc.perform(put("/api/v1/committee/meetings/" + meeting + "/attendance").with(asRops())
                .contentType(MediaType.APPLICATION_JSON).content(json.append("]").toString()))
                .andExpect(status().isOk());
    }

    private long document(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/committee/documents").with(asRops()).contentType(MediaType.APPLICATION_JSON)
                        .content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/v1/committee/documents/" + id + "/open").with(asRops())).andExpect(status().isOk());
        return id;
    }

    private void vote(long document, int member, String choice, int expected) throws Exception {
        mvc.perform(post("/api/v1/committee/documents/" + document + "/votes").with(as(accounts.get(member)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"" + choice + "\"}"))
                .andExpect(status().is(expected));
    }

    @Test
    void aMeetingWithoutQuorumRefusesADecision() throws Exception {
        long meeting = meetingDaysAgo(1);
        attendance(meeting, Attendance.PRESENT, Attendance.REMOTE, Attendance.EXCUSED, Attendance.ABSENT,
                Attendance.ABSENT);
        mvc.perform(get("/api/v1/committee/meetings/" + meeting).with(asRops()))
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.quorum.required").value(3)).andExpect(jsonPath("$.quorum.present").value(2))
                .andExpect(jsonPath("$.quorum.met").value(false));
        long opinion = document("""
                {"termId": %d, "type": "OPINION", "opinionSubject": "PROGRAMME", "subject": "Opinia o projekcie programu",
                 "votingMode": "MEETING_NAMED", "meetingId": %d}""".formatted(term.id(), meeting));
        vote(opinion, 0, "FOR", 201);
        vote(opinion, 1, "FOR", 201);

        mvc.perform(post("/api/v1/committee/documents/" + opinion + "/close").with(asRops()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("NO_QUORUM"))
                .andExpect(jsonPath("$.detail").value(containsString("kworum")));
        mvc.perform(get("/api/v1/committee/documents/" + opinion).with(asRops()))
                .andExpect(jsonPath("$.status").value("VOTING")).andExpect(jsonPath("$.number").doesNotExist());

        // a third member turns up: the quorum is met and the decision is taken
        attendance(meeting, Attendance.PRESENT, Attendance.REMOTE, Attendance.PRESENT);
        mvc.perform(post("/api/v1/committee/documents/" + opinion + "/close").with(asRops()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADOPTED"))
                .andExpect(jsonPath("$.tally.forVotes").value(2)).andExpect(jsonPath("$.tally.adopted").value(true))
                .andExpect(jsonPath("$.number").value("1/" + LocalDate.now().minusDays(1).getYear()));
    }

    @Test
    void anAbsoluteMajorityCountsTheMembersNotTheVoters() throws Exception {
        long meeting = meetingDaysAgo(2);
        attendance(meeting, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT,
                Attendance.ABSENT);
        long resolution = document("""
                {"termId": %d, "type": "RESOLUTION", "subject": "Regulamin prac", "votingMode": "MEETING_NAMED",
                 "meetingId": %d}""".formatted(term.id(), meeting));
        vote(resolution, 0, "FOR", 201);
        vote(resolution, 1, "FOR", 201);
        vote(resolution, 2, "ABSTAIN", 201);
        // 2 for of 5 members: a simple majority, not an absolute one (3 needed)
        mvc.perform(post("/api/v1/committee/documents/" + resolution + "/close").with(asRops()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.majorityRule").value("ABSOLUTE"))
                .andExpect(jsonPath("$.status").value("REJECTED")).andExpect(jsonPath("$.tally.needed").value(3))
                .andExpect(jsonPath("$.number").doesNotExist());

        long anonymous = document("""
                {"termId": %d, "type": "POSITION", "subject": "Stanowisko w sprawie klauzul", "majorityRule": "TWO_THIRDS_CAST",
                 "votingMode": "MEETING_ANONYMOUS_COUNTS", "meetingId": %d}""".formatted(term.id(), meeting));
        vote(anonymous, 0, "FOR", 409);
        mvc.perform(put("/api/v1/committee/documents/" + anonymous + "/counts").with(asRops())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"forVotes\": 3, \"against\": 1, \"abstain\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("forVotes"));
        mvc.perform(put("/api/v1/committee/documents/" + anonymous + "/counts").with(asRops())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"forVotes\": 3, \"against\": 1, \"abstain\": 0}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/committee/documents/" + anonymous + "/close").with(asRops()))
                .andExpect(jsonPath("$.status").value("ADOPTED")).andExpect(jsonPath("$.tally.cast").value(4))
                .andExpect(jsonPath("$.number").value("1/" + LocalDate.now().minusDays(2).getYear()));
    }

    @Test
    void aMemberVotesOnceWhileCurrentAndBeforeTheDeadline() throws Exception {
        long circulation = document("""
                {"termId": %d, "type": "OPINION", "opinionSubject": "DRAFT_VOIVODESHIP_RESOLUTION",
                 "subject": "Projekt uchwały o współpracy", "votingMode": "CIRCULATION", "circulationDeadline": "%s"}"""
                .formatted(term.id(), OffsetDateTime.now().plusDays(3).withNano(0)));
        vote(circulation, 0, "FOR", 201);
        mvc.perform(post("/api/v1/committee/documents/" + circulation + "/votes").with(as(accounts.get(0)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"AGAINST\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("ALREADY_VOTED"));

        asRopsInService(() -> terms.endMembership(members.get(1).id(),
                new MembershipEnd(LocalDate.now().minusDays(1), EndReason.OWN_REQUEST)));
        mvc.perform(post("/api/v1/committee/documents/" + circulation + "/votes").with(as(accounts.get(1)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"FOR\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NOT_A_CURRENT_MEMBER"));
        UserView outsider = users.create("outsider-" + System.nanoTime(), Role.COMMITTEE);
        mvc.perform(post("/api/v1/committee/documents/" + circulation + "/votes").with(as(outsider))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"FOR\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NOT_A_CURRENT_MEMBER"));
        mvc.perform(post("/api/v1/committee/documents/" + circulation + "/votes").with(as(accounts.get(2)))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("choice"));

        // the deadline passes
        jdbc.sql("update committee_document set circulation_deadline = now() - interval '1 minute' where id = :id")
                .param("id", circulation).update();
        mvc.perform(post("/api/v1/committee/documents/" + circulation + "/votes").with(as(accounts.get(2)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"FOR\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("DEADLINE_PASSED"));
        // 1 for, 0 against: adopted by a simple majority; four members are current now
        mvc.perform(post("/api/v1/committee/documents/" + circulation + "/close").with(asRops()))
                .andExpect(jsonPath("$.status").value("ADOPTED")).andExpect(jsonPath("$.tally.currentMembers").value(4));
        assertThat(jdbc.sql("select count(*) from committee_vote").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void threeUnexcusedAbsencesInARowFlagTheMemberForRops() throws Exception {
        long first = meetingDaysAgo(40);
        long second = meetingDaysAgo(30);
        long third = meetingDaysAgo(20);
        long fourth = meetingDaysAgo(10);
        // member 3: absent twice, then the third time; member 4: an excused absence breaks the run
        attendance(first, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT);
        attendance(second, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT, Attendance.EXCUSED);
        attendance(third, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT, Attendance.ABSENT);
        mvc.perform(get("/api/v1/committee/members?termId=" + term.id()).with(asRops()))
                .andExpect(jsonPath("$[?(@.flaggedForAbsences == true)]", hasSize(0)));
        attendance(fourth, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT, Attendance.ABSENT);

        mvc.perform(get("/api/v1/committee/members?termId=" + term.id()).with(asRops()))
                .andExpect(jsonPath("$[?(@.flaggedForAbsences == true)]", hasSize(1)))
                .andExpect(jsonPath("$[?(@.flaggedForAbsences == true)].id").value((int) members.get(3).id()));
        assertThat(asRopsInService(terms::flaggedMembers)).extracting(MemberView::id).containsExactly(members.get(3).id());
        MailServer.Mail mail = MailServer.awaitMail(m -> m.to().contains(rops.email()));
        assertThat(mail.text()).contains("Członek Próbny 3");
        // recording the same meeting again does not tell ROPS twice
        attendance(fourth, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT, Attendance.ABSENT);
        assertThat(jdbc.sql("select count(*) from notification where recipient = :r").param("r", rops.email())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theRegisterAndTheFeedShowAdoptedDocumentsAndNoDrafts() throws Exception {
        long meeting = meetingDaysAgo(3);
        attendance(meeting, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT,
                Attendance.ABSENT);
        long adopted = document("""
                {"termId": %d, "type": "OPINION", "opinionSubject": "ANNUAL_REPORT", "subject": "Opinia o sprawozdaniu <2025>",
                 "votingMode": "MEETING_NAMED", "meetingId": %d}""".formatted(term.id(), meeting));
        vote(adopted, 0, "FOR", 201);
        mvc.perform(post("/api/v1/committee/documents/" + adopted + "/close").with(asRops())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/committee/documents").with(asRops()).contentType(MediaType.APPLICATION_JSON).content("""
                {"termId": %d, "type": "LETTER", "subject": "Projekt pisma do ministra", "votingMode": "MEETING_NAMED",
                 "meetingId": %d}""".formatted(term.id(), meeting))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/committee/documents?status=ADOPTED"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].subject").value("Opinia o sprawozdaniu <2025>"));
        // a visitor asking for drafts still gets the adopted ones only
        mvc.perform(get("/api/v1/committee/documents?status=DRAFT")).andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].status").value("ADOPTED"));
        mvc.perform(get("/api/v1/committee/documents?status=DRAFT").with(asRops()))
                .andExpect(jsonPath("$.content", hasSize(1))).andExpect(jsonPath("$.content[0].type").value("LETTER"));
        // contact data is the committee's
        mvc.perform(get("/api/v1/committee/members?termId=" + term.id()))
                .andExpect(jsonPath("$", hasSize(5))).andExpect(jsonPath("$[0].email").doesNotExist());

        String feed = mvc.perform(get("/api/v1/committee/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(not(containsString("Projekt pisma"))))
                .andReturn().getResponse().getContentAsString();
        var document = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var entries = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        assertThat(entries.item(0).getTextContent()).contains("Opinia nr 1/", "Opinia o sprawozdaniu <2025>");
        assertThat(documents.documents(DocumentQuery.adopted(), new Paging(0, 10)).total()).isEqualTo(1);

        LocalDate year = LocalDate.now().withDayOfYear(1);
        var committee = measures.stream().filter(m -> m.measures().stream()
                .anyMatch(measure -> measure.code().startsWith("committee."))).findFirst().orElseThrow();
        assertThat(committee.compute("committee.opinions-adopted", year.minusYears(1), LocalDate.now()).value())
                .isEqualByComparingTo("1");
        assertThat(committee.compute("committee.meetings-held", year.minusYears(1), LocalDate.now()).value())
                .isEqualByComparingTo("1");
        assertThat(committee.compute("committee.resolutions-adopted", year.minusYears(1), LocalDate.now()).value())
                .isEqualByComparingTo("0");
    }

    @Test
    void aMembersPersonalDataIsExportedAndErasedKeepingTheVotes() throws Exception {
        long circulation = document("""
                {"termId": %d, "type": "LETTER", "subject": "Pismo", "votingMode": "CIRCULATION", "circulationDeadline": "%s"}"""
                .formatted(term.id(), OffsetDateTime.now().plusDays(3).withNano(0)));
        vote(circulation, 0, "FOR", 201);
        var committee = personalData.stream().filter(p -> p.module().equals("committee")).findFirst().orElseThrow();
        var address = pl.koordynator.es.privacy.EmailAddress.parse("Czlonek0@example.org");
        assertThat(committee.find(address)).hasSize(1);
        assertThat(committee.export(address).toString()).contains("Członek Próbny 0", "czlonek0@example.org");

        var erasure = committee.erase(address);
        assertThat(erasure.erasedValues()).contains("Członek Próbny 0");
        assertThat(committee.find(address)).isEmpty();
        mvc.perform(get("/api/v1/committee/members?termId=" + term.id()).with(asRops()))
                .andExpect(jsonPath("$[?(@.id == %d)].fullName".formatted(members.get(0).id()))
                        .value("Członek komitetu #" + members.get(0).id()))
                .andExpect(jsonPath("$[?(@.id == %d)].email".formatted(members.get(0).id())).value(
                        org.hamcrest.Matchers.contains((Object) null)));
        mvc.perform(get("/api/v1/committee/documents/" + circulation).with(asRops()))
                .andExpect(jsonPath("$.tally.forVotes").value(1));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        mvc.perform(post("/api/v1/committee/meetings").with(asRops()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"termId\": %d, \"startsAt\": \"%s\", \"mode\": \"REMOTE\"}"
                                .formatted(term.id(), OffsetDateTime.now().plusDays(5).withNano(0))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("onlineLink"));
        mvc.perform(post("/api/v1/committee/documents").with(asRops()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"termId\": %d, \"type\": \"OPINION\", \"subject\": \"Bez przedmiotu\", \"votingMode\": \"CIRCULATION\", \"circulationDeadline\": \"%s\"}"
                                .formatted(term.id(), OffsetDateTime.now().plusDays(5).withNano(0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opinionSubject"));
        mvc.perform(post("/api/v1/positions").with(asRops()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"addressee\": \"Ministerstwo\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("topic"));
        assertThat(jdbc.sql("select count(*) from committee_meeting").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from committee_document").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sector_position").query(Long.class).single()).isZero();
    }

    @Test
    void positionsAreKeptByRopsAndReadByEveryone() throws Exception {
        mvc.perform(post("/api/v1/positions").with(asRops()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"topic": "Klauzule społeczne w zamówieniach", "addressee": "Ministerstwo Rodziny",
                         "actTitle": "Projekt ustawy o zmianie ustawy Pzp", "actLink": "https://legislacja.gov.pl/projekt/1",
                         "deadline": "%s", "submittedOn": "%s", "takenIntoAccount": "PARTLY"}"""
                        .formatted(LocalDate.now().plusDays(3), LocalDate.now())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.takenIntoAccount").value("PARTLY"));
        mvc.perform(get("/api/v1/positions?takenIntoAccount=PARTLY")).andExpect(jsonPath("$.content", hasSize(1)));
        mvc.perform(post("/api/v1/positions").with(as(accounts.get(0))).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }
}
