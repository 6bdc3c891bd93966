package pl.koordynator.es.notifications.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry of queued e-mails runs twice at the same moment, as two instances do when both get
 * past the scheduler lock: each e-mail is locked while it is sent and goes out once.
 */
class ConcurrentRetryRunsTest extends IntegrationTest {

    @Autowired
    MailDispatcher dispatcher;

    @Test
    void queuedEmailsRetriedByTwoSimultaneousRunsGoOutOnce() throws Exception {
        // the context's own minutely retry must not take part: it counts as "another instance"
        // holding the scheduler lock until the next test's clean-up releases it
        jdbc.sql("""
                insert into scheduled_job_lock (name, lock_until, locked_at, locked_by)
                values ('notifications.mail-retry', now() + interval '10 minutes', now(), 'ConcurrentRetryRunsTest')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                    locked_by = excluded.locked_by""").update();
        jdbc.sql("""
                insert into notification (recipient, subject, body, attempts, last_error, next_attempt_at)
                select 'odbiorca' || n || '@example.org', 'Ponowna próba ' || n, 'Serwer poczty wrócił.', 1,
                    'connection refused', now() - interval '1 minute'
                from generate_series(1, 30) as n""").update();

        List<Integer> sent = AtOnce.twice(() -> dispatcher.sendDue(Instant.now()));

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(30);
        assertThat(MailServer.awaitReceived(30).stream().map(MailServer.Mail::subject).distinct()).hasSize(30);
        Thread.sleep(300);
        assertThat(MailServer.received()).hasSize(30);
        assertThat(jdbc.sql("select count(*) from notification where status = 'SENT' and attempts = 2")
                .query(Integer.class).single()).isEqualTo(30);
    }
}
