package pl.koordynator.es.committee.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.MinutesView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo committee as ROPS sees it after a first start. */
class CommitteeDemoDataTest extends IntegrationTest {

    @Autowired
    CommitteeDemoData demo;

    @Autowired
    CommitteeTerms terms;

    @Autowired
    CommitteeDocuments documents;

    @Autowired
    CommitteeMeetings meetings;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void twoTermsTwelveMembersEightMeetingsAndAnOpenCirculationVote() {
        demo.load(LocalDate.now());
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));

        assertThat(terms.terms()).hasSize(2);
        var current = terms.currentTerm().orElseThrow();
        assertThat(current.currentMembers()).isEqualTo(12);
        assertThat(terms.composition(current.id()).emptyCategories()).isEmpty();
        assertThat(terms.flaggedMembers()).extracting(MemberView::fullName).containsExactly("Adam Lęborski");
        assertThat(jdbc.sql("select count(*) from committee_meeting").query(Long.class).single()).isEqualTo(8);
        var adopted = documents.documents(DocumentQuery.adopted(), new Paging(0, 50)).items();
        assertThat(adopted).hasSize(6).allSatisfy(document -> {
            assertThat(document.number()).matches("\\d+/\\d{4}");
            assertThat(document.tally().adopted()).isTrue();
        });
        assertThat(documents.documents(new DocumentQuery(DocumentStatus.VOTING, null, null, null, null),
                new Paging(0, 10)).items()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from sector_position").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void approvedDemoMinutesCarryAPassingVoteOfNoMoreMembersThanAttendedTheNextMeeting() {
        demo.load(LocalDate.now());
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));

        var approved = jdbc.sql("select id from committee_meeting where minutes_status = 'APPROVED'")
                .query(Long.class).list();
        assertThat(approved).hasSize(3);
        for (long id : approved) {
            MinutesView minutes = meetings.minutes(id);
            var vote = minutes.approvalVote();
            var at = meetings.meeting(minutes.approvedAtMeetingId());
            assertThat(minutes.approvedAtMeetingNumber()).isEqualTo(at.number());
            assertThat(vote.forVotes()).isGreaterThan(vote.against());
            assertThat(vote.forVotes() + vote.against() + vote.abstain()).isLessThanOrEqualTo(at.quorum().present());
        }
    }

    @Test
    void theDemoCommitteeAccountIsAMemberWithTheCirculationVoteStillToCast() {
        var account = users.create(CommitteeDemoData.DEMO_MEMBER_ACCOUNT, Role.COMMITTEE);
        demo.load(LocalDate.now());
        users.signIn(account);

        assertThat(terms.me()).map(MemberView::fullName).contains("Ewa Nadwiślańska");
        assertThat(documents.openForMyVote()).extracting(document -> document.subject())
                .containsExactly("Opinia o zmianie programu: nowe działania dla PES w powiatach o wysokim bezrobociu");
    }
}
