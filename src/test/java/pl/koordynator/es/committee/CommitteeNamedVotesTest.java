package pl.koordynator.es.committee;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ROPS records the named votes cast at a meeting on the members' behalf (all or none, current
 * members once each, only with the quorum), and a member downloads a meeting's {@code .ics} with
 * the invitation's UID and current SEQUENCE.
 */
class CommitteeNamedVotesTest extends IntegrationTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    CommitteeTerms terms;

    @Autowired
    CommitteeMeetings meetings;

    @Autowired
    CommitteeDocuments documents;

    UserView rops;
    TermView term;
    List<MemberView> members;
    MemberView former;
    MeetingView meeting;
    DocumentView resolution;

    @BeforeEach
    void aHeldMeetingWithANamedVoteOpen() {
        rops = users.create("rops-votes-" + System.nanoTime(), Role.ADMIN);
        users.signIn(rops);
        term = terms.createTerm(new TermInput(7, LocalDate.now().minusYears(1), null, "598/51/15", null));
        members = List.of(member("Anna Przykładowa", SeatCategory.PES, null),
                member("Bogdan Testowy", SeatCategory.JST, null), member("Celina Fikcyjna", SeatCategory.VOIVODE, null));
        former = member("Damian Dawny", SeatCategory.UNIVERSITIES, null);
        meeting = meetings.createMeeting(new MeetingInput(term.id(),
                OffsetDateTime.now(WARSAW).minusDays(2).withHour(10).withMinute(0), null, MeetingMode.IN_PERSON,
                "Urząd Marszałkowski, sala 1", null, List.of(new AgendaItemInput("Plan pracy", null))));
        meetings.markHeld(meeting.id());
        // left the committee after the meeting: current on its day, but not any more
        terms.endMembership(former.id(), new MembershipEnd(LocalDate.now(WARSAW).minusDays(1), EndReason.OWN_REQUEST));
        resolution = documents.createDocument(new DocumentInput(term.id(), DocumentType.RESOLUTION, null,
                "Uchwała w sprawie planu pracy", "Treść", VotingMode.MEETING_NAMED, meeting.id(), null,
                MajorityRule.SIMPLE));
        documents.openVoting(resolution.id());
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** Four members on the meeting's day need three present: the second member decides the quorum. */
    private void attendance(Attendance second) {
        meetings.recordAttendance(meeting.id(), List.of(new AttendanceEntry(members.get(0).id(), Attendance.PRESENT),
                new AttendanceEntry(members.get(1).id(), second),
                new AttendanceEntry(members.get(2).id(), Attendance.ABSENT),
                new AttendanceEntry(former.id(), Attendance.PRESENT)));
    }

    // ---- the service's rules

    @Test
    void withoutTheQuorumNoVoteIsRecorded() {
        attendance(Attendance.EXCUSED);

        assertThatThrownBy(() -> documents.recordVotes(resolution.id(),
                List.of(new NamedVote(members.get(0).id(), VoteChoice.FOR))))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.properties()).containsEntry("reason", "NO_QUORUM");
                    assertThat(conflict.messageKey()).isEqualTo("committee.core.quorum.notMet");
                });
        assertThat(voteCount()).isZero();
    }

    @Test
    void aFormerMemberInTheBatchRefusesTheWholeBatch() {
        attendance(Attendance.PRESENT);

        assertThatThrownBy(() -> documents.recordVotes(resolution.id(), List.of(
                new NamedVote(members.get(0).id(), VoteChoice.FOR), new NamedVote(former.id(), VoteChoice.AGAINST))))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.properties()).containsEntry("reason", "NOT_A_CURRENT_MEMBER")
                            .containsEntry("memberId", former.id());
                    assertThat(conflict.arguments()).containsExactly("Damian Dawny");
                });
        assertThat(voteCount()).isZero();

        TermView other = terms.createTerm(new TermInput(6, LocalDate.now().minusYears(5), null, null, null));
        MemberView elsewhere = terms.addMember(new MemberInput(other.id(), "Ewa Obca", null, null, null, null,
                SeatCategory.PES, MemberRole.MEMBER, other.startsOn(), null));
        assertThatThrownBy(() -> documents.recordVotes(resolution.id(),
                List.of(new NamedVote(elsewhere.id(), VoteChoice.FOR))))
                .isInstanceOfSatisfying(ConflictException.class, conflict ->
                        assertThat(conflict.properties()).containsEntry("reason", "NOT_A_CURRENT_MEMBER"));
        assertThat(voteCount()).isZero();
    }

    @Test
    void eachMemberVotesOnceWithinABatchAndAgainstVotesAlreadyRecorded() {
        attendance(Attendance.PRESENT);

        assertThatThrownBy(() -> documents.recordVotes(resolution.id(), List.of(
                new NamedVote(members.get(0).id(), VoteChoice.FOR), new NamedVote(members.get(0).id(), VoteChoice.AGAINST))))
                .isInstanceOfSatisfying(ConflictException.class, conflict ->
                        assertThat(conflict.properties()).containsEntry("reason", "ALREADY_VOTED"));
        assertThat(voteCount()).isZero();

        List<VoteView> recorded = documents.recordVotes(resolution.id(), List.of(
                new NamedVote(members.get(0).id(), VoteChoice.FOR), new NamedVote(members.get(1).id(), VoteChoice.ABSTAIN)));
        assertThat(recorded).extracting(VoteView::memberName).containsExactly("Anna Przykładowa", "Bogdan Testowy");

        assertThatThrownBy(() -> documents.recordVotes(resolution.id(), List.of(
                new NamedVote(members.get(2).id(), VoteChoice.FOR), new NamedVote(members.get(1).id(), VoteChoice.FOR))))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.properties()).containsEntry("reason", "ALREADY_VOTED");
                    assertThat(conflict.arguments()).containsExactly("Bogdan Testowy");
                });
        assertThat(voteCount()).isEqualTo(2);

        // the votes recorded count like members' own: 1 for, 1 abstaining of 3 members, simple majority
        DocumentView closed = documents.close(resolution.id());
        assertThat(closed.status()).isEqualTo(DocumentStatus.ADOPTED);
        assertThat(closed.tally().forVotes()).isEqualTo(1);
        assertThat(closed.tally().abstain()).isEqualTo(1);
    }

    @Test
    void onlyRopsRecordsAndOnlyForANamedVoteAtAMeeting() {
        attendance(Attendance.PRESENT);
        DocumentView circulation = documents.createDocument(new DocumentInput(term.id(), DocumentType.RESOLUTION, null,
                "Uchwała obiegowa", "Treść", VotingMode.CIRCULATION, null, OffsetDateTime.now(WARSAW).plusDays(3),
                MajorityRule.SIMPLE));
        documents.openVoting(circulation.id());
        assertThatThrownBy(() -> documents.recordVotes(circulation.id(),
                List.of(new NamedVote(members.get(0).id(), VoteChoice.FOR))))
                .isInstanceOfSatisfying(ConflictException.class, conflict ->
                        assertThat(conflict.properties()).containsEntry("reason", "NOT_NAMED_AT_MEETING"));

        users.signIn(users.create("komitet-" + System.nanoTime(), Role.COMMITTEE));
        assertThatThrownBy(() -> documents.recordVotes(resolution.id(),
                List.of(new NamedVote(members.get(0).id(), VoteChoice.FOR)))).isInstanceOf(AccessDeniedException.class);
        assertThat(voteCount()).isZero();
    }

    @Test
    void overTheApiRefusalsAreProblemsWithTheReasonAndNothingIsSaved() throws Exception {
        attendance(Attendance.EXCUSED);
        String url = "/api/v1/committee/documents/" + resolution.id() + "/named-votes";
        String two = "[{\"memberId\":" + members.get(0).id() + ",\"choice\":\"FOR\"},{\"memberId\":"
                + members.get(1).id() + ",\"choice\":\"AGAINST\"}]";

        mvc.perform(post(url).with(as(rops)).contentType(MediaType.APPLICATION_JSON).content(two))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NO_QUORUM"));
        assertThat(voteCount()).isZero();

        users.signIn(rops);
        attendance(Attendance.PRESENT);
        mvc.perform(post(url).with(as(rops)).contentType(MediaType.APPLICATION_JSON).content(two))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].choice").value("FOR"));
        mvc.perform(post(url).with(as(rops)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"memberId\":" + members.get(2).id() + ",\"choice\":\"FOR\"},{\"memberId\":"
                                + members.get(0).id() + ",\"choice\":\"AGAINST\"}]"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("ALREADY_VOTED"))
                .andExpect(jsonPath("$.memberId").value(members.get(0).id()));
        mvc.perform(post(url).with(as(rops)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"memberId\":" + former.id() + ",\"choice\":\"FOR\"}]"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NOT_A_CURRENT_MEMBER"));
        mvc.perform(post(url).with(as(rops)).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("votes"));
        assertThat(voteCount()).isEqualTo(2);

        mvc.perform(post(url).with(as(users.create("komitet-" + System.nanoTime(), Role.COMMITTEE)))
                .contentType(MediaType.APPLICATION_JSON).content("[{\"memberId\":" + members.get(2).id()
                        + ",\"choice\":\"FOR\"}]")).andExpect(status().isForbidden());
        assertThat(voteCount()).isEqualTo(2);
    }

    // ---- the admin page

    @Test
    void ropsRecordsTheVotesOnTheDocumentPageAndARefusalSavesNothingAndKeepsTheChoices() throws Exception {
        attendance(Attendance.EXCUSED);
        String url = "/admin/committee/documents/" + resolution.id();

        String page = page(get(url).with(as(rops)));
        String ballot = between(page, "id=\"ballot\"", "</section>");
        assertThat(ballot).contains("Anna Przykładowa", "Bogdan Testowy", "Celina Fikcyjna", "Damian Dawny")
                .contains(">Za<", ">Przeciw<", ">Wstrzymał się<", "(bez głosu)")
                .contains("name=\"member-" + members.get(0).id() + "\"");

        // no quorum: the page again, in Polish, with the choices kept and nothing saved
        String refused = page(post(url + "/named-votes").with(csrf()).with(as(rops))
                .param("member-" + members.get(0).id(), "FOR").param("member-" + members.get(1).id(), "")
                .param("member-" + members.get(2).id(), "AGAINST"));
        assertThat(between(refused, "id=\"step-error\"", "</div>")).contains("kworum");
        assertThat(between(refused, "id=\"vote-" + members.get(0).id() + "-FOR\"", ">")).contains("checked");
        assertThat(between(refused, "id=\"vote-" + members.get(2).id() + "-AGAINST\"", ">")).contains("checked");
        assertThat(voteCount()).isZero();

        // a former member among the votes: all refused, named in the message
        users.signIn(rops);
        attendance(Attendance.PRESENT);
        String formerRefused = page(post(url + "/named-votes").with(csrf()).with(as(rops))
                .param("member-" + members.get(0).id(), "FOR").param("member-" + former.id(), "ABSTAIN"));
        assertThat(between(formerRefused, "id=\"step-error\"", "</div>"))
                .contains("Nie zapisano żadnego głosu: Damian Dawny nie jest obecnie członkiem komitetu.");
        assertThat(voteCount()).isZero();

        // nothing marked
        String empty = page(post(url + "/named-votes").with(csrf()).with(as(rops)));
        assertThat(between(empty, "id=\"step-error\"", "</div>")).contains("Zaznacz głos co najmniej jednego członka.");

        mvc.perform(post(url + "/named-votes").with(csrf()).with(as(rops))
                        .param("member-" + members.get(0).id(), "FOR").param("member-" + members.get(1).id(), "AGAINST")
                        .param("member-" + members.get(2).id(), ""))
                .andExpect(status().is3xxRedirection());
        String after = page(get(url).with(as(rops)));
        assertThat(between(after, "id=\"ballot-" + members.get(0).id() + "\"", "</tr>")).contains("Głos oddany: Za")
                .doesNotContain("type=\"radio\"");
        assertThat(between(after, "id=\"ballot-" + members.get(1).id() + "\"", "</tr>")).contains("Głos oddany: Przeciw");
        assertThat(between(after, "id=\"ballot-" + members.get(2).id() + "\"", "</tr>")).contains("type=\"radio\"");
        assertThat(jdbc.sql("select choice from committee_vote order by choice").query(String.class).list())
                .containsExactly("AGAINST", "FOR");

        // a second recording for a member who voted is refused by name
        String twice = page(post(url + "/named-votes").with(csrf()).with(as(rops))
                .param("member-" + members.get(1).id(), "FOR").param("member-" + members.get(2).id(), "FOR"));
        assertThat(between(twice, "id=\"step-error\"", "</div>")).contains("Bogdan Testowy już oddał(a) głos");
        assertThat(voteCount()).isEqualTo(2);

        mvc.perform(post(url + "/named-votes").with(csrf()).with(as(users.create("komitet-" + System.nanoTime(),
                Role.COMMITTEE))).param("member-" + members.get(2).id(), "FOR")).andExpect(status().isForbidden());
        assertThat(voteCount()).isEqualTo(2);
    }

    // ---- the meeting's .ics for a member

    @Test
    void aMemberDownloadsTheMeetingsIcsWithTheInvitationsUidAndCurrentSequence() throws Exception {
        UserView account = users.create("komitet-" + System.nanoTime(), Role.COMMITTEE);
        MemberView anna = terms.addMember(new MemberInput(term.id(), "Hanna Kalendarzowa", "hanna.komitet@example.org",
                null, account.id(), null, SeatCategory.TRADE_UNIONS, MemberRole.MEMBER, LocalDate.now().minusMonths(6),
                null));
        OffsetDateTime startsAt = OffsetDateTime.now(WARSAW).plusDays(20).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        MeetingInput planned = new MeetingInput(term.id(), startsAt, startsAt.plusHours(2), MeetingMode.IN_PERSON,
                "Gdańsk, sala 2", null, List.of(new AgendaItemInput("Opinia o programie", "ROPS")));
        MeetingView next = meetings.createMeeting(planned);
        meetings.sendInvitations(next.id());
        meetings.updateMeeting(next.id(), new MeetingInput(term.id(), startsAt.plusHours(1), startsAt.plusHours(3),
                MeetingMode.IN_PERSON, "Gdańsk, sala 3", null, planned.agenda()));
        users.signOut();

        assertThat(between(page(get("/committee").with(as(account))), "id=\"meetings\"", "</section>"))
                .contains("href=\"/committee/meetings/" + next.id() + ".ics\"")
                .contains("Dodaj posiedzenie nr " + next.number() + " do kalendarza (.ics)");

        var response = mvc.perform(get("/committee/meetings/" + next.id() + ".ics").with(as(account)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                response.getContentAsString(StandardCharsets.UTF_8)));
        calendar.validate();
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("committee-meeting-" + next.id() + "@localhost");
        int sequence = jdbc.sql("select invitation_sequence from committee_meeting where id = :id")
                .param("id", next.id()).query(Integer.class).single();
        assertThat(sequence).isEqualTo(1);
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(sequence);
        assertThat(event.getLocation().getValue()).isEqualTo("Gdańsk, sala 3");
        assertThat(java.time.Instant.from(event.getDateTimeStart().getDate()))
                .isEqualTo(startsAt.plusHours(1).toInstant());
        assertThat(anna.email()).isNotNull();

        // a committee account that is no member of the meeting's term gets nothing; other roles neither
        UserView stranger = users.create("komitet-" + System.nanoTime(), Role.COMMITTEE);
        mvc.perform(get("/committee/meetings/" + next.id() + ".ics").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/committee/meetings/" + next.id() + ".ics").with(as(rops))).andExpect(status().isForbidden());
    }

    private MemberView member(String name, SeatCategory category, Long userId) {
        return terms.addMember(new MemberInput(term.id(), name, null, null, userId, null, category, MemberRole.MEMBER,
                LocalDate.now().minusMonths(6), null));
    }

    private long voteCount() {
        return jdbc.sql("select count(*) from committee_vote").query(Long.class).single();
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
