package pl.koordynator.es.committee;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ROPS's committee pages and a member's own page: forms that name the field in Polish and save
 * nothing on bad input, the composition's warning, the quorum shown and a decision refused
 * without it, and a member's single vote.
 */
class CommitteeAdminPagesTest extends IntegrationTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    CommitteeTerms terms;

    @Autowired
    CommitteeMeetings meetings;

    @Autowired
    CommitteeDocuments documents;

    @Autowired
    MessageSource messages;

    UserView rops;
    TermView term;

    @BeforeEach
    void aCurrentTerm() {
        rops = users.create("rops-committee-" + System.nanoTime(), Role.ADMIN);
        users.signIn(rops);
        term = terms.createTerm(new TermInput(7, LocalDate.now().minusYears(1), null, "598/51/15",
                LocalDate.now().minusYears(1).minusDays(10)));
    }

    @AfterEach
    void removeTheCommittee() {
        users.signOut();
        for (String table : List.of("committee_attachment", "committee_vote", "committee_document_counter",
                "sector_position_cosigner", "sector_position", "committee_document", "committee_attendance",
                "committee_agenda_item", "committee_meeting", "committee_member", "committee_term")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    @Test
    void ropsAppointsAMemberAndTheCompositionWarnsAboutCategoriesNobodyHolds() throws Exception {
        String before = page(get("/admin/committee/terms/" + term.id()).with(as(rops)));
        assertThat(between(before, "id=\"empty-categories\"", "</div>")).contains("Podmioty ekonomii społecznej");

        mvc.perform(post("/admin/committee/terms/" + term.id() + "/members").with(csrf()).with(as(rops))
                        .param("fullName", "Anna Przykładowa").param("category", "PES").param("role", "CHAIR")
                        .param("email", "anna@example.org").param("appointedOn", day(LocalDate.now().minusMonths(6))))
                .andExpect(status().is3xxRedirection());

        String after = page(get("/admin/committee/terms/" + term.id()).with(as(rops)));
        assertThat(after).contains("Anna Przykładowa").contains("Przewodniczący");
        assertThat(between(after, "id=\"empty-categories\"", "</div>")).doesNotContain("Podmioty ekonomii społecznej")
                .contains("Wojewoda");
        assertThat(page(get("/admin/committee").with(as(rops)))).contains("Kadencja 7").contains("598/51/15");
    }

    @Test
    void aMemberWithoutNameOrCategoryAndABadDateIsRefusedInPolishBesideTheFieldsAndNobodyIsAdded() throws Exception {
        String html = page(post("/admin/committee/terms/" + term.id() + "/members").with(csrf()).with(as(rops))
                .param("fullName", "").param("category", "").param("role", "MEMBER").param("appointedOn", "31.02.2025")
                .param("email", "jan@example.org"));

        assertThat(html).contains("id=\"category-error\"").contains("Wybierz jedną z wartości z listy.")
                .contains("id=\"appointedOn-error\"").contains("Podaj datę w formacie dd.mm.rrrr.")
                .contains("aria-invalid=\"true\"").contains("value=\"jan@example.org\"");
        assertThat(count("committee_member")).isZero();

        String name = page(post("/admin/committee/terms/" + term.id() + "/members").with(csrf()).with(as(rops))
                .param("fullName", " ").param("category", "PES").param("role", "MEMBER")
                .param("appointedOn", day(LocalDate.now())));
        assertThat(name).contains("id=\"fullName-error\"");
        assertThat(count("committee_member")).isZero();
    }

    @Test
    void aTermWithABadStartIsRefusedAndNotSaved() throws Exception {
        String html = page(post("/admin/committee/terms").with(csrf()).with(as(rops))
                .param("number", "8").param("startsOn", "2026-13-01"));

        assertThat(html).contains("id=\"startsOn-error\"").contains("Podaj datę w formacie dd.mm.rrrr.")
                .contains("value=\"8\"");
        assertThat(count("committee_term")).isEqualTo(1);
    }

    @Test
    void aMeetingWithoutVenueOrTimeIsRefusedNamingTheFields() throws Exception {
        String html = page(post("/admin/committee/terms/" + term.id() + "/meetings").with(csrf()).with(as(rops))
                .param("day", day(LocalDate.now().plusDays(20))).param("startTime", "25:00").param("mode", "IN_PERSON")
                .param("agenda", "Otwarcie posiedzenia\nOpinia o programie | Anna Przykładowa"));

        assertThat(html).contains("id=\"startTime-error\"").contains("Podaj godzinę w formacie gg:mm.")
                .contains("id=\"venue-error\"").contains("Podaj miejsce posiedzenia stacjonarnego.")
                .contains("Opinia o programie | Anna Przykładowa");
        assertThat(count("committee_meeting")).isZero();
    }

    @Test
    void theMeetingPageShowsTheQuorumAndADecisionWithoutItIsRefusedWithNothingChanged() throws Exception {
        List<MemberView> three = List.of(member("Anna Przykładowa", SeatCategory.PES, null),
                member("Bogdan Testowy", SeatCategory.JST, null), member("Celina Fikcyjna", SeatCategory.VOIVODE, null));
        MeetingView meeting = meetings.createMeeting(new MeetingInput(term.id(),
                OffsetDateTime.now(WARSAW).minusDays(1).withHour(10).withMinute(0), null, MeetingMode.IN_PERSON,
                "Urząd Marszałkowski, sala 1", null, List.of(new AgendaItemInput("Opinia o programie", null))));
        meetings.markHeld(meeting.id());

        mvc.perform(post("/admin/committee/meetings/" + meeting.id() + "/attendance").with(csrf()).with(as(rops))
                        .param("member-" + three.get(0).id(), "PRESENT").param("member-" + three.get(1).id(), "ABSENT")
                        .param("member-" + three.get(2).id(), "EXCUSED"))
                .andExpect(status().is3xxRedirection());
        String html = page(get("/admin/committee/meetings/" + meeting.id()).with(as(rops)));
        assertThat(between(html, "id=\"quorum\"", "</p>"))
                .contains("Członków: 3; do kworum potrzeba: 2; obecnych: 1 – brak kworum");

        users.signIn(rops);
        DocumentView opinion = documents.createDocument(new DocumentInput(term.id(), DocumentType.OPINION,
                OpinionSubject.PROGRAMME, "Opinia o projekcie programu", "Treść", VotingMode.MEETING_ANONYMOUS_COUNTS,
                meeting.id(), null, MajorityRule.SIMPLE));
        documents.openVoting(opinion.id());

        String counts = page(post("/admin/committee/documents/" + opinion.id() + "/counts").with(csrf()).with(as(rops))
                .param("forVotes", "1").param("against", "0").param("abstain", "0"));
        assertThat(counts).contains("id=\"step-error\"").doesNotContain("??");
        var closed = mvc.perform(post("/admin/committee/documents/" + opinion.id() + "/close").with(csrf())
                .with(as(rops))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(closed.getFlashMap().get("stepError")).isEqualTo("committee.core.quorum.notMet");
        assertThat(jdbc.sql("select status from committee_document where id = :id").param("id", opinion.id())
                .query(String.class).single()).isEqualTo("VOTING");
        assertThat(jdbc.sql("select count_for from committee_document where id = :id").param("id", opinion.id())
                .query(Integer.class).optional()).isEmpty();

        // with a second member present the quorum is met and the counts close the vote
        mvc.perform(post("/admin/committee/meetings/" + meeting.id() + "/attendance").with(csrf()).with(as(rops))
                .param("member-" + three.get(1).id(), "REMOTE")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/committee/documents/" + opinion.id() + "/counts").with(csrf()).with(as(rops))
                .param("forVotes", "2").param("against", "0").param("abstain", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/committee/documents/" + opinion.id() + "/close").with(csrf()).with(as(rops)))
                .andExpect(status().is3xxRedirection());
        String result = page(get("/admin/committee/documents/" + opinion.id()).with(as(rops)));
        assertThat(between(result, "id=\"tally-result\"", "</p>")).contains("Przyjęto.");
        assertThat(result).contains("nr 1/" + LocalDate.now(WARSAW).getYear());
    }

    @Test
    void ropsRecordsTheVoteOnTheMinutesAtTheNextMeetingAndARefusedVoteLeavesTheDraft() throws Exception {
        List<MemberView> three = List.of(member("Anna Przykładowa", SeatCategory.PES, null),
                member("Bogdan Testowy", SeatCategory.JST, null), member("Celina Fikcyjna", SeatCategory.VOIVODE, null));
        MeetingView first = heldMeeting(OffsetDateTime.now(WARSAW).minusMonths(2).withHour(10).withMinute(0), three);
        MeetingView second = heldMeeting(OffsetDateTime.now(WARSAW).minusDays(3).withHour(10).withMinute(0), three);
        meetings.writeMinutes(first.id(), new MinutesInput("Projekt protokołu pierwszego posiedzenia."));
        String approve = "/admin/committee/meetings/" + first.id() + "/minutes/approve";

        var tooMany = mvc.perform(post(approve).with(csrf()).with(as(rops)).param("atMeetingId", "" + second.id())
                .param("forVotes", "3").param("against", "1").param("abstain", "0")).andReturn();
        assertThat(tooMany.getFlashMap().get("stepError")).isEqualTo("committee.minutes.moreThanPresent");
        assertThat(messages.getMessage("committee.minutes.moreThanPresent",
                (Object[]) tooMany.getFlashMap().get("stepErrorArguments"), Locale.forLanguageTag("pl")))
                .isEqualTo("Głosów za, przeciw i wstrzymujących się jest razem 4, więcej niż obecnych na posiedzeniu (3).");
        // the counts typed come back to the form
        assertThat(tooMany.getFlashMap().get("minutesVote")).isEqualTo(Map.of("forVotes", "3", "against", "1", "abstain", "0"));

        var tie = mvc.perform(post(approve).with(csrf()).with(as(rops)).param("atMeetingId", "" + second.id())
                .param("forVotes", "1").param("against", "1").param("abstain", "1")).andReturn();
        assertThat(tie.getFlashMap().get("stepError")).isEqualTo("committee.minutes.notApproved");
        var blank = mvc.perform(post(approve).with(csrf()).with(as(rops)).param("atMeetingId", "" + second.id())
                .param("forVotes", "2").param("against", "").param("abstain", "x")).andReturn();
        assertThat(blank.getFlashMap().get("stepError")).isEqualTo("committee.minutes.countsInvalid");
        assertThat(jdbc.sql("select minutes_status from committee_meeting where id = :id").param("id", first.id())
                .query(String.class).single()).isEqualTo("DRAFT");

        mvc.perform(post(approve).with(csrf()).with(as(rops)).param("atMeetingId", "" + second.id())
                .param("forVotes", "2").param("against", "0").param("abstain", "1"))
                .andExpect(status().is3xxRedirection());
        String approved = page(get("/admin/committee/meetings/" + first.id()).with(as(rops)));
        assertThat(between(approved, "id=\"minutes-vote\"", "</p>")).contains("Protokół przyjęty na posiedzeniu nr "
                + second.number() + " dnia " + day(second.startsAt().atZoneSameInstant(WARSAW).toLocalDate())
                + ": za 2, przeciw 0, wstrzymało się 1");
        assertThat(approved).doesNotContain("id=\"minutes-for\"");
    }

    private MeetingView heldMeeting(OffsetDateTime startsAt, List<MemberView> present) {
        MeetingView meeting = meetings.createMeeting(new MeetingInput(term.id(), startsAt, null, MeetingMode.IN_PERSON,
                "Urząd Marszałkowski, sala 1", null, List.of(new AgendaItemInput("Przyjęcie protokołu", null))));
        meetings.markHeld(meeting.id());
        return meetings.recordAttendance(meeting.id(), present.stream()
                .map(m -> new AttendanceEntry(m.id(), Attendance.PRESENT)).toList());
    }

    @Test
    void aMemberVotesOnceFromTheirPageAndASecondVoteIsRefused() throws Exception {
        UserView account = users.create("komitet-" + System.nanoTime(), Role.COMMITTEE);
        users.signIn(rops);
        member("Anna Przykładowa", SeatCategory.PES, account.id());
        member("Bogdan Testowy", SeatCategory.JST, null);
        DocumentView resolution = documents.createDocument(new DocumentInput(term.id(), DocumentType.RESOLUTION, null,
                "Uchwała w sprawie planu pracy", "Treść", VotingMode.CIRCULATION, null,
                OffsetDateTime.now(WARSAW).plusDays(5), MajorityRule.SIMPLE));
        documents.openVoting(resolution.id());
        users.signOut();

        String mine = page(get("/committee").with(as(account)));
        assertThat(between(mine, "id=\"votes\"", "</section>")).contains("Uchwała w sprawie planu pracy")
                .contains("name=\"choice\" value=\"FOR\"");

        mvc.perform(post("/committee/documents/" + resolution.id() + "/vote").with(csrf()).with(as(account))
                .param("choice", "FOR")).andExpect(status().is3xxRedirection());
        String after = page(get("/committee").with(as(account)));
        assertThat(between(after, "id=\"votes\"", "</section>")).doesNotContain("name=\"choice\"")
                .contains("głosowano: Za, " + day(LocalDate.now(WARSAW)));

        var again = mvc.perform(post("/committee/documents/" + resolution.id() + "/vote").with(csrf())
                .with(as(account)).param("choice", "AGAINST")).andReturn();
        assertThat(again.getFlashMap().get("stepError")).isEqualTo("committee.core.vote.twice");
        assertThat(jdbc.sql("select choice from committee_vote").query(String.class).list()).containsExactly("FOR");
    }

    @Test
    void onlyRopsOpensTheManagementPagesAndOnlyMembersTheirOwnPage() throws Exception {
        UserView owes = users.create("owes-committee-" + System.nanoTime(), Role.OWES);
        UserView committee = users.create("komitet-" + System.nanoTime(), Role.COMMITTEE);
        mvc.perform(get("/admin/committee").with(as(committee))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/committee/terms").with(csrf()).with(as(owes)).param("number", "9")
                .param("startsOn", "01.01.2027")).andExpect(status().isForbidden());
        mvc.perform(get("/committee").with(as(owes))).andExpect(status().isForbidden());
        assertThat(count("committee_term")).isEqualTo(1);
    }

    private MemberView member(String name, SeatCategory category, Long userId) {
        return terms.addMember(new MemberInput(term.id(), name, null, null, userId, null, category, MemberRole.MEMBER,
                LocalDate.now().minusMonths(6), null));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String day(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private String page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }
}
