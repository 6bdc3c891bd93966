package pl.koordynator.es.reporting.domain;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.ReportingFixtures;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report reminders run twice at the same moment, as two instances do when both get past the
 * scheduler lock: each OWES is still reminded once that day.
 */
class ConcurrentReminderRunsTest extends IntegrationTest {

    @Autowired
    ReportReminders reminders;

    @Autowired
    ReportingFixtures fixtures;

    @Autowired
    Notifications notifications;

    private Integer deadlineDays;

    @AfterEach
    void restoreTheDeadline() {
        if (deadlineDays != null) {
            jdbc.sql("update report_template set deadline_days = :days where code = 'OWES_QUARTERLY' and current")
                    .param("days", deadlineDays).update();
        }
    }

    @Test
    void remindersOfTwoSimultaneousRunsReachEachOwesOnce() throws Exception {
        // a deadline on the last day of the period has passed whatever today is: every OWES is overdue
        deadlineDays = jdbc.sql("select deadline_days from report_template where code = 'OWES_QUARTERLY' and current")
                .query(Integer.class).single();
        jdbc.sql("update report_template set deadline_days = 0 where code = 'OWES_QUARTERLY' and current").update();
        for (int i = 1; i <= 10; i++) {
            OrganisationView owes = fixtures.owes("OWES nr " + i);
            fixtures.staff(owes);
        }

        List<Integer> sent = AtOnce.twice(() -> reminders.remind(notifications));

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(10);
        assertThat(MailServer.awaitReceived(10).stream().flatMap(mail -> mail.to().stream()).distinct()).hasSize(10);
        Thread.sleep(300);
        assertThat(MailServer.received()).hasSize(10);
    }
}
