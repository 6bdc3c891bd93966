package pl.koordynator.es.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One in-process SMTP server (GreenMail) for the whole test run, wired into the shared
 * application context by {@link IntegrationTest} ({@code spring.mail.host/port}) and emptied
 * before each test. E-mails are sent after the transaction commits, on a background thread, so
 * tests wait for them with {@link #awaitReceived(int)}.
 */
public final class MailServer {

    public static final String HOST = "127.0.0.1";

    private static final GreenMail SERVER = start();

    private MailServer() {
    }

    /** An e-mail as the recipient sees it: decoded subject and plain text. */
    public record Mail(List<String> to, String from, String subject, String text) {
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Every e-mail received since the last {@link #purge()}, oldest first. */
    public static List<Mail> received() {
        return Arrays.stream(SERVER.getReceivedMessages()).map(MailServer::mail).toList();
    }

    /** The e-mails received as MIME messages, for their attachments. */
    public static List<MimeMessage> receivedMessages() {
        return Arrays.asList(SERVER.getReceivedMessages());
    }

    /** Waits up to 10 seconds until at least {@code count} e-mails have arrived, then returns them all. */
    public static List<Mail> awaitReceived(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (SERVER.getReceivedMessages().length < count && System.nanoTime() < deadline) {
            SERVER.waitForIncomingEmail(200, count);
        }
        List<Mail> mails = received();
        if (mails.size() < count) {
            throw new AssertionError("Expected at least " + count + " e-mails, received " + mails);
        }
        return mails;
    }

    /** Waits for an e-mail that matches, e.g. {@code mail -> mail.to().contains("anna@example.org")}. */
    public static Mail awaitMail(Predicate<Mail> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            var found = received().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            SERVER.waitForIncomingEmail(200, SERVER.getReceivedMessages().length + 1);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No matching e-mail among " + received());
    }

    public static void purge() {
        try {
            SERVER.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail mail(MimeMessage message) {
        try {
            Object content = message.getContent();
            while (content instanceof jakarta.mail.Multipart multipart) {
                // the text of an e-mail with an attachment is its first part, nested or not
                content = multipart.getBodyPart(0).getContent();
            }
            String text = content instanceof String s ? s : String.valueOf(content);
            return new Mail(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString)
                    .toList(), message.getFrom()[0].toString(), message.getSubject(), text);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        ServerSetup smtp = new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort();
        GreenMail server = new GreenMail(smtp);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        return server;
    }
}
