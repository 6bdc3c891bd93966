package pl.koordynator.es.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.TestUsers;

/**
 * A committee as the public register shows it, made through the module's own services as ROPS
 * would: a current term with members (contact data included), two held meetings with attendance,
 * a planned one, and documents adopted, rejected and in draft.
 */
@Component
public class CommitteePublicFixtures {

    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    public static final String EMAIL = "anna.zielinska@komitet.example";
    public static final String PHONE = "+48 501 222 333";

    private final CommitteeTerms terms;
    private final CommitteeMeetings meetings;
    private final CommitteeDocuments documents;
    private final SectorPositions positions;
    private final TestUsers users;
    private final JdbcClient jdbc;

    CommitteePublicFixtures(CommitteeTerms terms, CommitteeMeetings meetings, CommitteeDocuments documents,
            SectorPositions positions, TestUsers users, JdbcClient jdbc) {
        this.terms = terms;
        this.meetings = meetings;
        this.documents = documents;
        this.positions = positions;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Empties the committee's tables (the platform's base test removes what the other modules keep). */
    public void removeCommittee() {
        for (String table : List.of("committee_attachment", "sector_position_cosigner", "sector_position",
                "committee_vote", "committee_document_counter", "committee_document", "committee_attendance",
                "committee_agenda_item")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("update committee_meeting set minutes_approved_at = null").update();
        jdbc.sql("delete from committee_meeting").update();
        jdbc.sql("update committee_member set substitute_for = null").update();
        jdbc.sql("delete from committee_member").update();
        jdbc.sql("delete from committee_term").update();
    }

    public void signInAsRops() {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
    }

    public void signOut() {
        users.signOut();
    }

    public record Committee(TermView term, List<MemberView> members, MeetingView first, MeetingView second,
            MeetingView planned) {
    }

    /** A current term of three members, the first with e-mail and phone; two held meetings, both with all present. */
    public Committee committee() {
        LocalDate today = LocalDate.now(WARSAW);
        TermView term = terms.createTerm(new TermInput(7, today.minusYears(1), null, "598/51/15", today.minusYears(1).minusDays(20)));
        List<MemberView> members = List.of(
                terms.addMember(new MemberInput(term.id(), "Anna Zielińska", EMAIL, PHONE, null, null, SeatCategory.PES,
                        MemberRole.CHAIR, today.minusYears(1), null)),
                terms.addMember(new MemberInput(term.id(), "Bogdan Żuraw", "bogdan@komitet.example", "+48 502 000 111",
                        null, null, SeatCategory.MARSHAL, MemberRole.MEMBER, today.minusYears(1), null)),
                terms.addMember(new MemberInput(term.id(), "Celina Łęcka", null, null, null, null, SeatCategory.UNIVERSITIES,
                        MemberRole.SECRETARY, today.minusYears(1), null)));
        MeetingView first = heldMeeting(term, members, today.minusMonths(3));
        MeetingView second = heldMeeting(term, members, today.minusMonths(1));
        MeetingView planned = meetings.createMeeting(new MeetingInput(term.id(),
                today.plusDays(20).atTime(10, 0).atZone(WARSAW).toOffsetDateTime(), null, MeetingMode.HYBRID,
                "Urząd Marszałkowski, Gdańsk", "https://meet.example/tajny-link",
                List.of(new AgendaItemInput("Opinia o sprawozdaniu z realizacji programu", "ROPS"))));
        return new Committee(term, members, first, second, planned);
    }

    private MeetingView heldMeeting(TermView term, List<MemberView> members, LocalDate day) {
        OffsetDateTime starts = day.atTime(10, 0).atZone(WARSAW).toOffsetDateTime();
        MeetingView meeting = meetings.createMeeting(new MeetingInput(term.id(), starts, null, MeetingMode.IN_PERSON,
                "Gdańsk, ul. Okopowa 21/27", null, List.of(new AgendaItemInput("Otwarcie posiedzenia", null),
                        new AgendaItemInput("Projekt uchwały w sprawie programu", "Anna Zielińska"))));
        meetings.markHeld(meeting.id());
        return meetings.recordAttendance(meeting.id(), members.stream()
                .map(m -> new AttendanceEntry(m.id(), Attendance.PRESENT)).toList());
    }

    /** A document voted at a held meeting with the counts announced, then closed: adopted or rejected by the counts. */
    public DocumentView voted(Committee committee, DocumentType type, String subject, String text, int forVotes,
            int against) {
        DocumentView draft = draft(committee, type, subject, text);
        documents.openVoting(draft.id());
        documents.recordCounts(draft.id(), new VoteCounts(forVotes, against, 0));
        return documents.close(draft.id());
    }

    public DocumentView draft(Committee committee, DocumentType type, String subject, String text) {
        return documents.createDocument(new DocumentInput(committee.term().id(), type,
                type == DocumentType.OPINION ? OpinionSubject.PROGRAMME : null, subject, text,
                VotingMode.MEETING_ANONYMOUS_COUNTS, committee.second().id(), null, null));
    }

    public PositionView position(String topic, String addressee, LocalDate deadline, LocalDate submittedOn,
            TakenIntoAccount taken) {
        return positions.createPosition(new PositionInput(topic, addressee, "Projekt uchwały Sejmiku w sprawie programu",
                "DS-I.1.2026", "https://bip.example/konsultacje/1", deadline, List.of(), null,
                "Sektor ekonomii społecznej wnosi o zmianę § 3.", submittedOn, null, null, taken));
    }
}
