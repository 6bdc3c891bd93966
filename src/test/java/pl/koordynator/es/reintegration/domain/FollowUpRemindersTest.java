package pl.koordynator.es.reintegration.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reintegration.ReintegrationPrivacyFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.koordynator.es.reintegration.ReintegrationPrivacyFixtures.PESEL;

/**
 * The receiving unit's users are reminded of each follow-up that is due and not recorded: one e-mail per
 * follow-up and user, never twice, with the referral's number and a link but nothing about the person.
 */
class FollowUpRemindersTest extends IntegrationTest {

    @Autowired
    ReintegrationPrivacyFixtures fixtures;

    @Autowired
    FollowUpReminders reminders;

    @Test
    void eachDueFollowUpIsRemindedOnceToTheReceivingUnitsUsersWithoutPersonalData() throws Exception {
        LocalDate today = RegionDate.today();
        OrganisationView cis = fixtures.organisation("CIS Przypomnień", Kind.CIS);
        OrganisationView other = fixtures.organisation("KIS Bez Zaległości", Kind.KIS);
        users.create("cis.kierownik", Role.PES, cis.id());
        users.create("cis.instruktor", Role.PES, cis.id());
        users.create("kis.kierownik", Role.PES, other.id());
        String key = fixtures.keyOfPesel(PESEL);
        long due = fixtures.referral(key, 1001, cis.id(), today.minusMonths(8), "FOLLOW_UP", today.minusMonths(3).minusDays(1),
                null);
        fixtures.followUp(due, "MONTHS_3", today, null);
        fixtures.followUp(due, "MONTHS_6", today.plusMonths(3), null);
        fixtures.followUp(due, "MONTHS_12", today.plusMonths(9), null);
        long recorded = fixtures.referral(key, 1001, other.id(), today.minusMonths(9), "FOLLOW_UP", today.minusMonths(4),
                null);
        fixtures.followUp(recorded, "MONTHS_3", today.minusMonths(1), "OWN_BUSINESS");

        assertThat(reminders.sendDue(today)).isEqualTo(1);
        List<MailServer.Mail> mails = MailServer.awaitReceived(2);
        Thread.sleep(300);
        assertThat(MailServer.received()).hasSize(2);
        assertThat(mails.stream().flatMap(mail -> mail.to().stream()))
                .containsExactlyInAnyOrder("cis.kierownik@example.org", "cis.instruktor@example.org");
        for (MailServer.Mail mail : mails) {
            assertThat(mail.subject()).endsWith("Monitoring skierowania nr " + due + " – termin "
                    + today.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            assertThat(mail.text()).contains("Po 3 miesiącach").contains("/reintegracja/" + due)
                    .doesNotContain(PESEL).doesNotContain(PESEL.substring(0, 6)).doesNotContain(key)
                    .doesNotContain("Notatka bez danych osoby").doesNotContain("CIS w Gdańsku");
        }

        assertThat(reminders.sendDue(today)).as("a second run finds nothing").isZero();
        assertThat(reminders.sendDue(today.plusMonths(3))).as("the next one, when its day comes").isEqualTo(1);
        MailServer.awaitReceived(4);
        Thread.sleep(300);
        assertThat(MailServer.received()).hasSize(4);
        assertThat(jdbc.sql("select count(*) from reintegration_follow_up where reminder_sent_at is not null")
                .query(Integer.class).single()).isEqualTo(2);
    }
}
