package pl.koordynator.es.events.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.ParticipantFixtures;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events' morning jobs run twice at the same moment, as two instances do when both get past
 * the scheduler lock (it expired during a slow run): each person is still e-mailed once.
 */
class ConcurrentJobRunsTest extends IntegrationTest {

    private static final int PEOPLE = 20;

    @Autowired
    ParticipantFixtures fixtures;

    @Autowired
    RegistrationService registrations;

    @Autowired
    EvaluationRequests evaluationRequests;

    @Autowired
    Notifications notifications;

    @Test
    void remindersOfTwoSimultaneousRunsReachEachParticipantOnce() throws Exception {
        OrganisationView owes = fixtures.owes("OWES Przypomnień");
        long tomorrow = fixtures.event(owes, "Szkolenie jutro", ParticipantFixtures.day(1, 10), 4, null);
        for (int i = 1; i <= PEOPLE; i++) {
            fixtures.register(tomorrow, "Uczestnik " + i, "uczestnik" + i + "@example.org", RegistrationStatus.CONFIRMED);
        }
        LocalDate today = LocalDate.now(ParticipantFixtures.WARSAW);

        List<Integer> sent = AtOnce.twice(() -> registrations.sendReminders(today));

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(PEOPLE);
        assertThat(MailServer.awaitReceived(PEOPLE).stream().flatMap(mail -> mail.to().stream()).distinct())
                .hasSize(PEOPLE);
        Thread.sleep(300);
        assertThat(MailServer.received()).hasSize(PEOPLE);
    }

    @Test
    void evaluationRequestsOfTwoSimultaneousRunsReachEachAttendeeOnce() throws Exception {
        OrganisationView owes = fixtures.owes("OWES Ocen");
        long yesterday = fixtures.event(owes, "Warsztaty wczoraj", ParticipantFixtures.day(-1, 9), 4, null);
        for (int i = 1; i <= PEOPLE; i++) {
            fixtures.attended(fixtures.register(yesterday, "Obecny " + i, "obecny" + i + "@example.org",
                    RegistrationStatus.CONFIRMED));
        }

        List<Integer> sent = AtOnce.twice(() -> evaluationRequests.send(notifications));

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(PEOPLE);
        assertThat(MailServer.awaitReceived(PEOPLE).stream().flatMap(mail -> mail.to().stream()).distinct())
                .hasSize(PEOPLE);
        Thread.sleep(300);
        assertThat(MailServer.received()).hasSize(PEOPLE);
    }
}
