package pl.koordynator.es.notifications.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued e-mails: right after the transaction that queued them commits (on a
 * background thread, so a slow mail server never slows a page down), and again every minute
 * for those the server refused, waiting 1, 2, 4, 8 minutes between attempts before giving up
 * after {@value #MAX_ATTEMPTS}. Without a configured mail server (no {@code spring.mail.host})
 * the e-mails are only logged, so that an installation without one works all the same.
 */
@Component
class MailDispatcher {

    static final int MAX_ATTEMPTS = 5;
    static final String SUBJECT_PREFIX = "[Koordynator ES] ";
    static final String NOTE_NO_MAIL_SERVER = "NO_MAIL_SERVER";

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 100;

    private final NotificationRepository notifications;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "mail-sender");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    MailDispatcher(NotificationRepository notifications, ObjectProvider<JavaMailSender> mailSender,
            MailSettings settings, PlatformTransactionManager transactionManager, Clock clock) {
        this(notifications, mailSender.getIfAvailable(), settings, transactionManager, clock);
    }

    /** {@code mailSender} null: no mail server, e-mails are logged. */
    MailDispatcher(NotificationRepository notifications, JavaMailSender mailSender, MailSettings settings,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends the e-mails once the current transaction commits; never when it rolls back. */
    void sendAfterCommit(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendInBackground(ids);
                }
            });
        } else {
            sendInBackground(ids);
        }
    }

    // each e-mail is also locked while it is sent (lockQueued), so a slow run that outlives its
    // lock and the next run never send one e-mail twice. Each instance has its own every-minute
    // timer; the lock is held for most of the minute after a run, or the other instance's timer,
    // seconds later, would run the job again within the same minute
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "notifications.mail-retry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT50S")
    void retryDue() {
        sendDue(clock.instant());
    }

    /** Sends the queued e-mails whose next attempt is due at {@code now}; returns how many went out. */
    int sendDue(Instant now) {
        int sent = 0;
        for (long id : notifications.dueIds(now.atOffset(ZoneOffset.UTC), MAX_ATTEMPTS, BATCH)) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * One attempt at one queued e-mail; true when the server accepted it (or, without a server,
     * it was logged). Does nothing when it is not queued or is being sent by someone else.
     */
    boolean send(long id) {
        Boolean sent = transactions.execute(status -> notifications.lockQueued(id).map(this::attempt).orElse(false));
        return Boolean.TRUE.equals(sent);
    }

    private boolean attempt(NotificationView notification) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (mailSender == null) {
            log.info("E-mail {} not sent (no mail server configured) to {}: {}", notification.id(),
                    masked(notification.recipient()), notification.subject());
            notifications.markSent(notification.id(), now, NOTE_NO_MAIL_SERVER);
            return true;
        }
        try {
            mailSender.send(message(notification));
            notifications.markSent(notification.id(), now, null);
            return true;
        } catch (RuntimeException | MessagingException e) {
            int attempts = notification.attempts() + 1;
            NotificationStatus status = attempts >= MAX_ATTEMPTS ? NotificationStatus.FAILED : NotificationStatus.QUEUED;
            // the server's error often quotes the address back; the outbox page shows it in full to administrators
            log.warn("E-mail {} to {} not sent (attempt {} of {}): {}", notification.id(),
                    masked(notification.recipient()), attempts, MAX_ATTEMPTS,
                    e.toString().replace(notification.recipient(), masked(notification.recipient())));
            notifications.markAttemptFailed(notification.id(), describe(e), status,
                    now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10))));
            return false;
        }
    }

    private MimeMessage message(NotificationView notification) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        java.util.Optional<Object[]> attachment = notifications.attachment(notification.id());
        MimeMessageHelper helper = new MimeMessageHelper(message, attachment.isPresent(), "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(notification.recipient());
        helper.setSubject(SUBJECT_PREFIX + notification.subject());
        helper.setText(notification.body(), false);
        if (attachment.isPresent()) {
            Object[] file = attachment.get();
            helper.addAttachment((String) file[0], new org.springframework.core.io.ByteArrayResource((byte[]) file[2]),
                    (String) file[1]);
        }
        return message;
    }

    private void sendInBackground(List<Long> ids) {
        try {
            background.execute(() -> ids.forEach(id -> {
                try {
                    send(id);
                } catch (RuntimeException e) {
                    // the row stays queued and the retry takes it up
                    log.warn("E-mail {} could not be sent now: {}", id, e.toString());
                }
            }));
        } catch (RejectedExecutionException shuttingDown) {
            log.info("Shutting down; queued e-mails {} will be sent after the next start", ids);
        }
    }

    /**
     * An address as logs may show it: the first letter and the domain ({@code a***@example.org}),
     * enough to tell a typing error in the domain, not enough to name the person.
     */
    static String masked(String address) {
        if (address == null || address.isBlank()) {
            return "***";
        }
        int at = address.lastIndexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ").append(cause);
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
