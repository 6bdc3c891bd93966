package pl.koordynator.es.committee;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.committee.CommitteePublicFixtures.Committee;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Minutes are approved by a vote of a later meeting of the same term with its quorum: more for
 * than against approves them and makes them public with the counts; anything else leaves the
 * draft as it was and the public page without it.
 */
class CommitteeMinutesVoteTest extends IntegrationTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String DRAFT = "Protokół z posiedzenia: przyjęto porządek obrad.";

    @Autowired
    CommitteePublicFixtures fixtures;

    @Autowired
    CommitteeMeetings meetings;

    Committee committee;

    @BeforeEach
    void aCommitteeWithDraftMinutes() {
        fixtures.removeCommittee();
        fixtures.signInAsRops();
        committee = fixtures.committee();
        meetings.writeMinutes(committee.first().id(), new MinutesInput(DRAFT));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void approvedByMoreForThanAgainstTheMinutesArePublicWithTheCountsOfTheVote() throws Exception {
        MinutesView minutes = meetings.approveMinutes(committee.first().id(), committee.second().id(),
                new VoteCounts(2, 0, 1));

        assertThat(minutes.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(minutes.approvalVote()).isEqualTo(new VoteCounts(2, 0, 1));
        assertThat(minutes.approvedAtMeetingNumber()).isEqualTo(committee.second().number());
        fixtures.signOut();
        String day = DATE.format(committee.second().startsAt().atZoneSameInstant(CommitteePublicFixtures.WARSAW));
        assertThat(publicPage(committee.first().id())).contains(DRAFT, "Protokół przyjęty na posiedzeniu nr "
                + committee.second().number() + " dnia " + day + ": za 2, przeciw 0, wstrzymało się 1");
    }

    @Test
    void aTieOrMoreAgainstRefusesTheMinutesWhichStayADraftAndNotPublic() throws Exception {
        for (VoteCounts counts : List.of(new VoteCounts(1, 1, 1), new VoteCounts(0, 2, 0), new VoteCounts(0, 0, 3))) {
            assertThatThrownBy(() -> meetings.approveMinutes(committee.first().id(), committee.second().id(), counts))
                    .isInstanceOfSatisfying(ConflictException.class, refused -> {
                        assertThat(refused.properties()).containsEntry("reason", "MINUTES_NOT_APPROVED");
                        assertThat(refused.messageKey()).isEqualTo("committee.minutes.notApproved");
                    });
        }

        MinutesView minutes = meetings.minutes(committee.first().id());
        assertThat(minutes.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(minutes.approvalVote()).isNull();
        assertThat(minutes.approvedAtMeetingId()).isNull();
        fixtures.signOut();
        assertThat(publicPage(committee.first().id())).doesNotContain(DRAFT)
                .contains("Protokół zostanie opublikowany po jego przyjęciu");
    }

    @Test
    void moreVotesThanMembersPresentIsRefusedNamingTheFieldAndNothingChanges() {
        // all three members attended the second meeting
        assertThatThrownBy(() -> meetings.approveMinutes(committee.first().id(), committee.second().id(),
                new VoteCounts(3, 1, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("forVotes"));
        assertThatThrownBy(() -> meetings.approveMinutes(committee.first().id(), committee.second().id(),
                new VoteCounts(2, -1, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("against"));

        assertThat(meetings.minutes(committee.first().id()).status()).isEqualTo(MinutesStatus.DRAFT);
    }

    @Test
    void theVoteIsRefusedAtAMeetingWithoutQuorumOrOfAnotherTerm() {
        meetings.recordAttendance(committee.second().id(), committee.members().stream()
                .map(m -> new AttendanceEntry(m.id(), Attendance.ABSENT)).toList());
        assertThatThrownBy(() -> meetings.approveMinutes(committee.first().id(), committee.second().id(),
                new VoteCounts(0, 0, 0)))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.properties()).containsEntry("reason", "NO_QUORUM"));

        long otherTermMeeting = laterMeetingOfAnotherTerm();
        assertThatThrownBy(() -> meetings.approveMinutes(committee.first().id(), otherTermMeeting,
                new VoteCounts(1, 0, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("atMeetingId"));
        assertThat(meetings.minutes(committee.first().id()).status()).isEqualTo(MinutesStatus.DRAFT);
    }

    /** A held meeting the day after the second one, of another term (made directly: terms do not overlap). */
    private long laterMeetingOfAnotherTerm() {
        long term = jdbc.sql("""
                insert into committee_term (number, starts_on, ends_on)
                select 99, starts_on, ends_on from committee_term where id = :term
                returning id""").param("term", committee.term().id()).query(Long.class).single();
        return jdbc.sql("""
                insert into committee_meeting (term_id, number, starts_at, ends_at, mode, status)
                select :term, 1, starts_at + interval '1 day', ends_at + interval '1 day', mode, 'HELD'
                from committee_meeting where id = :second
                returning id""").param("term", term).param("second", committee.second().id())
                .query(Long.class).single();
    }

    private String publicPage(long meetingId) throws Exception {
        return mvc.perform(get("/komitet/posiedzenia/" + meetingId).with(anonymous())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
