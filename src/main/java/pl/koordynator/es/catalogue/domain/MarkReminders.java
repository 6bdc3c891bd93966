package pl.koordynator.es.catalogue.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Reminds a PES, at its organisation's e-mail address (or its users when the register has none),
 * that its mark ends: {@value MarkRules#FIRST_REMINDER_DAYS} and {@value MarkRules#LAST_REMINDER_DAYS}
 * days before. Each reminder is claimed per licence with one update, so however many instances run
 * the job, and however often, a licence gets each reminder once. A licence found only within the
 * last days gets the last reminder alone: the first would say the same, later.
 */
@Component
class MarkReminders {

    private static final Logger log = LoggerFactory.getLogger(MarkReminders.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Organisations organisations;
    private final MessageSource messages;
    private final PlatformSettings platform;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MarkReminders(JdbcClient jdbc, Notifications notifications, Organisations organisations, MessageSource messages,
            PlatformSettings platform, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.organisations = organisations;
        this.messages = messages;
        this.platform = platform;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${koordynator.catalogue.mark-reminders-cron:0 20 7 * * *}")
    @SchedulerLock(name = "catalogue.mark-reminders", lockAtMostFor = "PT10M")
    void sendDueJob() {
        int sent = sendDue(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Mark expiry reminders sent for {} licence(s)", sent);
        }
    }

    private record Claimed(long id, long offerId, Long organisationId, String number, LocalDate validUntil) {
    }

    /** Sends the reminders due on {@code today}; returns how many were sent. */
    int sendDue(LocalDate today) {
        Integer last = transactions.execute(status -> send(claim("reminded_7_at", today,
                MarkRules.LAST_REMINDER_DAYS), today));
        Integer first = transactions.execute(status -> send(claim("reminded_30_at", today,
                MarkRules.FIRST_REMINDER_DAYS), today));
        return (last == null ? 0 : last) + (first == null ? 0 : first);
    }

    /**
     * Claims the licences of valid marks ending within {@code days} days whose reminder has not gone.
     * The last reminder also marks the first one as done, so that it never follows the last.
     */
    private List<Claimed> claim(String column, LocalDate today, int days) {
        String alsoFirst = "reminded_7_at".equals(column) ? ", reminded_30_at = coalesce(reminded_30_at, :now)" : "";
        return jdbc.sql("update catalogue_mark_licence set " + column + " = :now" + alsoFirst + """
                 where revoked_on is null and valid_until >= :today and valid_until <= :until and %s is null
                returning id, offer_id, organisation_id, licence_number, valid_until""".formatted(column))
                .param("now", OffsetDateTime.now(clock)).param("today", today).param("until", today.plusDays(days))
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).list();
    }

    private int send(List<Claimed> licences, LocalDate today) {
        for (Claimed licence : licences) {
            long days = ChronoUnit.DAYS.between(today, licence.validUntil());
            String offer = jdbc.sql("select name from catalogue_offer where id = :id").param("id", licence.offerId())
                    .query(String.class).optional().orElse("");
            String subject = text("catalogue.mark.mail.reminder.subject", licence.number(),
                    DATE.format(licence.validUntil()));
            String body = text("catalogue.mark.mail.reminder.text", offer, licence.number(),
                    DATE.format(licence.validUntil()), days, platform.link("/znak"));
            String email = licence.organisationId() == null ? null
                    : organisations.find(licence.organisationId()).map(o -> o.email()).orElse(null);
            if (email != null && !email.isBlank()) {
                notifications.toAddress(email, subject, body);
            } else if (licence.organisationId() != null) {
                notifications.toOrganisation(licence.organisationId(), subject, body);
            }
        }
        return licences.size();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, POLISH);
    }
}
