package pl.koordynator.es.reintegration.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.reintegration.OutcomeMoment;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Reminds the receiving unit's users that a follow-up (3, 6 or 12 months after the programme) is due and
 * not recorded. Each follow-up is claimed with one update before its e-mails are written to the outbox in
 * the same transaction, so however many instances run the job, and however often, a follow-up is
 * reminded once. The e-mail carries the referral's number, the moment, the day and a link, nothing about
 * the person: e-mail crosses servers the platform does not control.
 */
@Component
class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final PlatformSettings platform;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FollowUpReminders(JdbcClient jdbc, Notifications notifications, UserAccounts accounts, MessageSource messages,
            PlatformSettings platform, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
        this.platform = platform;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${koordynator.reintegration.reminders-cron:0 10 7 * * *}",
            zone = "${koordynator.time-zone:Europe/Warsaw}")
    @SchedulerLock(name = "reintegration.follow-up-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void sendDueJob() {
        int sent = sendDue(LocalDate.now(clock.withZone(platform.timeZone())));
        if (sent > 0) {
            log.info("Follow-up reminders sent for {} referral follow-up(s)", sent);
        }
    }

    private record Claimed(long referralId, OutcomeMoment moment, LocalDate dueOn, long receiverId) {
    }

    /** Sends the reminders of the follow-ups due on or before {@code today}; returns how many follow-ups were reminded. */
    int sendDue(LocalDate today) {
        Integer sent = transactions.execute(status -> {
            List<Claimed> claimed = jdbc.sql("""
                    update reintegration_follow_up f set reminder_sent_at = :now
                    from reintegration_referral r
                    where r.id = f.referral_id and f.due_on <= :today and f.outcome is null and f.reminder_sent_at is null
                    returning f.referral_id, f.moment, f.due_on, r.receiver_id""")
                    .param("now", OffsetDateTime.now(clock)).param("today", today)
                    .query((rs, n) -> new Claimed(rs.getLong(1), OutcomeMoment.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), rs.getLong(4)))
                    .list();
            claimed.forEach(this::remind);
            return claimed.size();
        });
        return sent == null ? 0 : sent;
    }

    private void remind(Claimed followUp) {
        String moment = text("reintegration.moment." + followUp.moment().name());
        String subject = text("reintegrationfollowups.mail.subject", String.valueOf(followUp.referralId()),
                DATE.format(followUp.dueOn()));
        String body = text("reintegrationfollowups.mail.text", String.valueOf(followUp.referralId()), moment,
                DATE.format(followUp.dueOn()), platform.link("/reintegracja/" + followUp.referralId()));
        accounts.emailsOfOrganisation(followUp.receiverId()).forEach(email -> notifications.toAddress(email, subject, body));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, POLISH);
    }
}
