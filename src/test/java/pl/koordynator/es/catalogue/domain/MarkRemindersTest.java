package pl.koordynator.es.catalogue.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.catalogue.MarkFixtures;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders of a mark's end as the PES receives them (GreenMail): 30 and 7 days before, each once,
 * also when two instances run the job at once; none for a revoked or a far-off licence. The job is
 * run for a given day, as the scheduled run does with the clock's today.
 */
class MarkRemindersTest extends IntegrationTest {

    @Autowired
    MarkFixtures fixtures;

    @Autowired
    MarkReminders reminders;

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void thePesHearsThirtyAndSevenDaysBeforeItsMarkEndsEachOnce() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Przypominana", 24, null);
        long offer = fixtures.offer(pes, "Catering na konferencje", "PUBLISHED");
        fixtures.licence(offer, pes.id(), "ZP/2025/030", TODAY.minusYears(1).plusDays(30), TODAY.plusDays(30));
        long far = fixtures.offer(pes, "Wypieki", "PUBLISHED");
        fixtures.licence(far, pes.id(), "ZP/2025/031", TODAY.minusMonths(6), TODAY.plusDays(45));
        long revoked = fixtures.offer(pes, "Przetwory", "PUBLISHED");
        long revokedLicence = fixtures.licence(revoked, pes.id(), "ZP/2025/032", TODAY.minusYears(1).plusDays(10),
                TODAY.plusDays(10));
        jdbc.sql("update catalogue_mark_licence set revoked_on = :day where id = :id").param("day", TODAY)
                .param("id", revokedLicence).update();

        List<Integer> runs = AtOnce.twice(() -> reminders.sendDue(TODAY));
        assertThat(runs).containsExactlyInAnyOrder(1, 0);
        MailServer.Mail first = MailServer.awaitReceived(1).get(0);
        assertThat(first.to()).contains(fixtures.emailOf(pes));
        assertThat(first.subject()).contains("ZP/2025/030").contains(TODAY.plusDays(30).format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(first.text()).contains("Catering na konferencje").contains("(zostało 30 dni)");

        assertThat(reminders.sendDue(TODAY.plusDays(1))).isZero();
        // a week before the first one ends, and 22 days before the far one: one reminder each
        assertThat(reminders.sendDue(TODAY.plusDays(23))).isEqualTo(2);
        assertThat(MailServer.awaitMail(mail -> mail.subject().contains("ZP/2025/030") && mail.text()
                .contains("(zostało 7 dni)"))).isNotNull();
        assertThat(MailServer.awaitMail(mail -> mail.subject().contains("ZP/2025/031") && mail.text()
                .contains("(zostało 22 dni)"))).isNotNull();
        assertThat(reminders.sendDue(TODAY.plusDays(24))).isZero();
        assertThat(reminders.sendDue(TODAY.plusDays(40))).isEqualTo(1);
        assertThat(MailServer.awaitReceived(4)).noneMatch(mail -> mail.subject().contains("ZP/2025/032"));
    }

    @Test
    void aMarkFoundWithinTheLastWeekGetsTheLastReminderOnly() {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Spóźniona", 24, null);
        long offer = fixtures.offer(pes, "Mycie okien", "PUBLISHED");
        fixtures.licence(offer, pes.id(), "ZP/2025/040", TODAY.minusYears(1), TODAY.plusDays(5));
        assertThat(reminders.sendDue(TODAY)).isEqualTo(1);
        assertThat(reminders.sendDue(TODAY.plusDays(1))).isZero();
        assertThat(MailServer.awaitReceived(1).get(0).text()).contains("(zostało 5 dni)");
    }
}
