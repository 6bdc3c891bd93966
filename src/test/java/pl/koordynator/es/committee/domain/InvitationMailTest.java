package pl.koordynator.es.committee.domain;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.committee.AgendaItemInput;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.MeetingInput;
import pl.koordynator.es.committee.MeetingMode;
import pl.koordynator.es.committee.MeetingView;
import pl.koordynator.es.committee.MemberInput;
import pl.koordynator.es.committee.MemberRole;
import pl.koordynator.es.committee.SeatCategory;
import pl.koordynator.es.committee.TermInput;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meeting invitations as members receive them: the e-mail through GreenMail, its {@code .ics}
 * read back by ical4j (an independent RFC 5545 parser), a change sent again with SEQUENCE raised
 * and a cancellation as METHOD:CANCEL.
 */
class InvitationMailTest extends IntegrationTest {

    @Autowired
    CommitteeTerms terms;

    @Autowired
    CommitteeMeetings meetings;

    @Autowired
    Invitations invitations;

    TermView term;

    @BeforeEach
    void aTermWithTwoMembers() {
        MailServer.purge();
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        term = terms.createTerm(new TermInput(3, LocalDate.now().minusMonths(6), null, null, null));
        terms.addMember(new MemberInput(term.id(), "Anna Przykładowa", "anna.komitet@example.org", null, null, null,
                SeatCategory.PES, MemberRole.CHAIR, term.startsOn(), null));
        terms.addMember(new MemberInput(term.id(), "Jan Bez Adresu", null, null, null, null,
                SeatCategory.JST, MemberRole.MEMBER, term.startsOn(), null));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private MeetingInput meeting(OffsetDateTime startsAt, String venue) {
        return new MeetingInput(term.id(), startsAt, startsAt.plusHours(3), MeetingMode.HYBRID, venue,
                "https://spotkanie.example.org/komitet", List.of(new AgendaItemInput("Opinia o programie", "ROPS"),
                        new AgendaItemInput("Sprawy różne", null)));
    }

    private static VEvent invitation(MimeMessage message, String method) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        String ics = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                ics = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertThat(ics).as("an .ics attached").isNotNull();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
        return (VEvent) calendar.getComponents("VEVENT").get(0);
    }

    @Test
    void membersAreInvitedDaysAheadWithAnIcsAndAChangeRaisesTheSequence() throws Exception {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        MeetingView meeting = meetings.createMeeting(meeting(startsAt, "Gdańsk, ul. Okopowa 21/27"));
        MeetingView later = meetings.createMeeting(meeting(startsAt.plusDays(20), "Gdańsk, sala 2"));

        // the job sends the meeting within 7 days ahead, once, to the member with an address
        assertThat(invitations.sendDue()).isEqualTo(1);
        assertThat(invitations.sendDue()).isZero();
        MailServer.Mail mail = MailServer.awaitReceived(1).get(0);
        assertThat(mail.to()).containsExactly("anna.komitet@example.org");
        assertThat(mail.subject()).contains("posiedzenie nr 1", "kadencja 3");
        assertThat(mail.text()).contains("Opinia o programie (ROPS)", "Gdańsk, ul. Okopowa 21/27",
                "https://spotkanie.example.org/komitet", "Hybrydowo");
        VEvent first = invitation(MailServer.receivedMessages().get(0), "REQUEST");
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("committee-meeting-" + meeting.id() + "@localhost");
        assertThat(first.getSequence().getSequenceNo()).isZero();
        assertThat(first.getDateTimeStart().getDate().toString()).isNotBlank();
        assertThat(java.time.Instant.from(first.getDateTimeStart().getDate())).isEqualTo(startsAt.toInstant());
        assertThat(MailServer.received()).hasSize(1);

        // a change of the announced meeting goes out again with SEQUENCE raised, the same UID
        MailServer.purge();
        meetings.updateMeeting(meeting.id(), meeting(startsAt.plusHours(1), "Gdańsk, sala 3"));
        MailServer.awaitReceived(1);
        VEvent changed = invitation(MailServer.receivedMessages().get(0), "REQUEST");
        assertThat(changed.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue());
        assertThat(changed.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(changed.getLocation().getValue()).contains("Gdańsk, sala 3");
        assertThat(java.time.Instant.from(changed.getDateTimeStart().getDate()))
                .isEqualTo(startsAt.plusHours(1).toInstant());

        // a cancellation is METHOD:CANCEL with the next SEQUENCE
        MailServer.purge();
        meetings.cancelMeeting(meeting.id());
        MailServer.awaitReceived(1);
        VEvent cancelled = invitation(MailServer.receivedMessages().get(0), "CANCEL");
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");

        // the later meeting was not due; asking sends it at once
        MailServer.purge();
        assertThat(meetings.sendInvitations(later.id())).isEqualTo(1);
        MailServer.awaitReceived(1);
        assertThat(MailServer.received().get(0).subject()).contains("posiedzenie nr 2");
    }
}
