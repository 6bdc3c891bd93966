package pl.koordynator.es.notifications.domain;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.MailServer.Mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class NotificationOutboxTest extends IntegrationTest {

    private static final String POLISH = """
            Dzień dobry,

            sprawozdanie kwartalne OWES 2025Q1 wróciło do poprawy: „Zażółć gęślą jaźń” — ŻÓŁW, łódź, źdźbło.
            """;

    @Autowired
    private Notifications notifications;

    @Autowired
    private NotificationOutbox outbox;

    @Autowired
    private NotificationRepository repository;

    @Autowired
    private MailDispatcher dispatcher;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private MailSettings settings;

    @Autowired
    private Clock clock;

    @Autowired
    private NeedsFixtures fixtures;

    @Test
    void anEmailQueuedInACommittedTransactionIsDeliveredWithItsPolishTextIntact() {
        inTransaction(() -> notifications.toAddress("anna.nowak@example.org", "Sprawozdanie do poprawy – ŁÓDŹ", POLISH));

        Mail mail = MailServer.awaitReceived(1).get(0);
        assertThat(mail.to()).containsExactly("anna.nowak@example.org");
        assertThat(mail.from()).isEqualTo("koordynator@localhost");
        assertThat(mail.subject()).isEqualTo("[Koordynator ES] Sprawozdanie do poprawy – ŁÓDŹ");
        assertThat(mail.text().replace("\r\n", "\n").strip()).isEqualTo(POLISH.strip());
        NotificationView row = only();
        awaitStatus(row.id(), NotificationStatus.SENT);
        assertThat(repository.findById(row.id()).orElseThrow().sentAt()).isNotNull();
    }

    @Test
    void anEmailQueuedInATransactionThatRollsBackIsNeverSent() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.toAddress("nikt@example.org", "Wycofana zmiana", "Ta wiadomość nie może wyjść.");
            status.setRollbackOnly();
        });
        // sent after the rolled-back one on the same sending thread, so once it is here the other had its chance
        notifications.toAddress("ktos@example.org", "Zatwierdzona zmiana", "Ta wiadomość wychodzi.");

        List<Mail> mails = MailServer.awaitReceived(1);
        assertThat(mails).extracting(Mail::subject).containsExactly("[Koordynator ES] Zatwierdzona zmiana");
        assertThat(repository.find(new NotificationQuery(null, "nikt@"), Paging.of(0, 10)).total()).isZero();
    }

    @Test
    void anOrganisationsEnabledUsersWithAnAddressGetTheEmailOnce() {
        OrganisationView owes = fixtures.organisation("OWES Pomorze Północ", Kind.OWES, NeedsFixtures.GDYNIA);
        OrganisationView other = fixtures.organisation("OWES Kociewie", Kind.OWES, NeedsFixtures.GDANSK);
        UserView adviser = fixtures.member(Role.OWES, owes);
        UserView second = fixtures.member(Role.OWES, owes);
        UserView disabled = fixtures.member(Role.OWES, owes);
        UserView noAddress = fixtures.member(Role.OWES, owes);
        fixtures.member(Role.OWES, other);
        jdbc.sql("update user_account set enabled = false where id = :id").param("id", disabled.id()).update();
        jdbc.sql("update user_account set email = '' where id = :id").param("id", noAddress.id()).update();

        notifications.toOrganisation(owes.id(), "Przypomnienie o sprawozdaniu", "Termin mija 15.04.2025.");

        List<Mail> mails = MailServer.awaitReceived(2);
        assertThat(mails).flatExtracting(Mail::to).containsExactlyInAnyOrder(adviser.email(), second.email());
        assertThat(repository.find(new NotificationQuery(null, null), Paging.of(0, 10)).items())
                .extracting(NotificationView::recipient).containsExactlyInAnyOrder(adviser.email(), second.email());
    }

    @Test
    void everyEnabledUserOfARoleGetsTheEmail() {
        UserView member = users.create("komisja-" + System.nanoTime(), Role.COMMITTEE);
        UserView disabled = users.create("komisja-off-" + System.nanoTime(), Role.COMMITTEE);
        users.create("pes-" + System.nanoTime(), Role.PES);
        jdbc.sql("update user_account set enabled = false where id = :id").param("id", disabled.id()).update();

        notifications.toRole(Role.COMMITTEE, "Posiedzenie komitetu", "Zapraszamy na posiedzenie.");

        assertThat(MailServer.awaitReceived(1)).flatExtracting(Mail::to).containsExactly(member.email());
        assertThat(repository.find(new NotificationQuery(null, null), Paging.of(0, 10)).total()).isEqualTo(1);
    }

    @Test
    void nobodyToWriteToQueuesNothing() {
        notifications.toOrganisation(999_999, "Temat", "Treść");

        assertThat(repository.find(new NotificationQuery(null, null), Paging.of(0, 10)).total()).isZero();
    }

    @Test
    void aBadAddressOrAMissingSubjectIsRefusedAndNothingIsQueued() {
        assertThatThrownBy(() -> notifications.toAddress("to-nie-jest-adres", "Temat", "Treść"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("email"));
        assertThatThrownBy(() -> notifications.toAddress("anna@example.org", " ", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("subject", "text"));

        assertThat(repository.find(new NotificationQuery(null, null), Paging.of(0, 10)).total()).isZero();
    }

    @Test
    void whenTheMailServerIsDownTheEmailWaitsWithTheErrorAndTheRetrySendsItLater(CapturedOutput output)
            throws IOException {
        long id = repository.insert("jan@example.org", "Raport regionalny", "Raport jest gotowy.");
        MailDispatcher broken = new MailDispatcher(repository, senderTo(closedPort()), settings, transactionManager,
                clock);

        assertThat(broken.send(id)).isFalse();

        NotificationView waiting = repository.findById(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("MailSendException");
        assertThat(output).contains("E-mail " + id + " to j***@example.org not sent (attempt 1 of 5)")
                .doesNotContain("jan@example.org");
        assertThat(dispatcher.sendDue(Instant.now())).as("not due before a minute passes").isZero();
        assertThat(MailServer.received()).isEmpty();

        assertThat(dispatcher.sendDue(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);

        assertThat(MailServer.awaitReceived(1)).extracting(Mail::subject).containsExactly("[Koordynator ES] Raport regionalny");
        NotificationView sent = repository.findById(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void afterFiveFailedAttemptsTheEmailFailsAndAnAdministratorCanSendItAgain() throws IOException {
        long id = repository.insert("jan@example.org", "Certyfikat", "W załączeniu certyfikat.");
        MailDispatcher broken = new MailDispatcher(repository, senderTo(closedPort()), settings, transactionManager,
                clock);
        Instant later = Instant.now();
        for (int attempt = 1; attempt <= MailDispatcher.MAX_ATTEMPTS; attempt++) {
            later = later.plus(Duration.ofHours(1));
            assertThat(broken.sendDue(later)).isZero();
        }
        NotificationView failed = repository.findById(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(MailDispatcher.MAX_ATTEMPTS);
        assertThat(broken.sendDue(later.plus(Duration.ofDays(1)))).as("no more retries").isZero();

        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            outbox.resend(id);
            assertThatThrownBy(() -> outbox.resend(id)).isInstanceOf(ConflictException.class);
        } finally {
            users.signOut();
        }

        assertThat(MailServer.awaitReceived(1)).extracting(Mail::subject).containsExactly("[Koordynator ES] Certyfikat");
        awaitStatus(id, NotificationStatus.SENT);
    }

    @Test
    void withoutAMailServerTheEmailIsLoggedAndMarkedSentWithANote(CapturedOutput output) {
        long id = repository.insert("ewa@example.org", "Potwierdzenie zapisu", "Dziękujemy za zapis.");
        MailDispatcher logOnly = new MailDispatcher(repository, (org.springframework.mail.javamail.JavaMailSender) null,
                settings, transactionManager, clock);

        assertThat(logOnly.send(id)).isTrue();

        NotificationView row = repository.findById(id).orElseThrow();
        assertThat(row.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(row.note()).isEqualTo(MailDispatcher.NOTE_NO_MAIL_SERVER);
        // the log is kept longer and read by more people than the outbox: no address in clear
        assertThat(output).contains("E-mail " + id + " not sent (no mail server configured) to e***@example.org: "
                + "Potwierdzenie zapisu").doesNotContain("ewa@example.org");
        assertThat(MailServer.received()).isEmpty();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private NotificationView only() {
        List<NotificationView> rows = repository.find(new NotificationQuery(null, null), Paging.of(0, 10)).items();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /** The row is updated in the sender's transaction, which may commit a moment after the server got the e-mail. */
    private void awaitStatus(long id, NotificationStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (repository.findById(id).orElseThrow().status() != status && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(status);
    }

    private static JavaMailSenderImpl senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
