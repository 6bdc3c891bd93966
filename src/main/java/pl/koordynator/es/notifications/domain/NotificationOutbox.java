package pl.koordynator.es.notifications.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The outbox: every e-mail is a row written in the caller's transaction (one per recipient) and
 * handed to the {@link MailDispatcher} after the commit. Administrators list the rows and send
 * the failed ones again.
 */
@Service
public class NotificationOutbox implements Notifications {

    static final String ENTITY = "Notification";
    static final int MAX_SUBJECT = 400;

    private final NotificationRepository notifications;
    private final MailDispatcher dispatcher;
    private final UserAccounts users;
    private final AuditTrail audit;

    NotificationOutbox(NotificationRepository notifications, MailDispatcher dispatcher, UserAccounts users,
            AuditTrail audit) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void toOrganisation(long organisationId, String subject, String text) {
        queue(users.emailsOfOrganisation(organisationId), subject, text);
    }

    @Override
    @Transactional
    public void toRole(Role role, String subject, String text) {
        if (role == null) {
            throw InvalidInputException.of("role", "notifications.role.missing");
        }
        queue(users.emailsOfRole(role), subject, text);
    }

    @Override
    @Transactional
    public void toAddress(String email, String subject, String text) {
        if (email == null || email.isBlank() || email.strip().length() > 254 || !valid(email.strip())) {
            throw InvalidInputException.of("email", "notifications.email.invalid");
        }
        if (EmailAddress.isErasedPlaceholder(email.strip())) {
            // an erased participant's registration stays for the counts; reminders and news are not for anyone
            return;
        }
        queue(List.of(email.strip()), subject, text);
    }

    @Override
    @Transactional
    public void toAddress(String email, String subject, String text, Attachment attachment) {
        if (attachment == null) {
            toAddress(email, subject, text);
            return;
        }
        if (email == null || email.isBlank() || email.strip().length() > 254 || !valid(email.strip())) {
            throw InvalidInputException.of("email", "notifications.email.invalid");
        }
        if (EmailAddress.isErasedPlaceholder(email.strip())) {
            return;
        }
        List<Long> ids = queue(List.of(email.strip()), subject, text, false);
        ids.forEach(id -> notifications.attach(id, attachment.fileName(), attachment.contentType(),
                attachment.content()));
        dispatcher.sendAfterCommit(ids);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public PageOf<NotificationView> list(NotificationQuery query, Paging paging) {
        return notifications.find(query, paging);
    }

    /** Puts a FAILED e-mail back in the queue with a fresh count of attempts and sends it after the commit. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resend(long id) {
        NotificationView before = notifications.findById(id).orElseThrow(() -> new NotFoundException("notification", id));
        if (!notifications.requeueFailed(id)) {
            throw new ConflictException("notifications.resend.notFailed", "Notification " + id + " has not failed");
        }
        audit.updated(ENTITY, id, Map.of("status", before.status().name(), "attempts", before.attempts()),
                Map.of("status", NotificationStatus.QUEUED.name(), "attempts", 0));
        dispatcher.sendAfterCommit(List.of(id));
    }

    private void queue(List<String> recipients, String subject, String text) {
        queue(recipients, subject, text, true);
    }

    /** {@code send} false: the caller completes the rows first and sends them itself. */
    private List<Long> queue(List<String> recipients, String subject, String text, boolean send) {
        List<FieldProblem> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add(new FieldProblem("subject", "notifications.subject.missing"));
        } else if (subject.strip().length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "notifications.subject.tooLong"));
        }
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "notifications.text.missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // a line break in a subject would end the header; mail clients show one line anyway
        String oneLineSubject = subject.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        List<Long> ids = recipients.stream().map(recipient -> notifications.insert(recipient, oneLineSubject, text))
                .toList();
        if (send) {
            dispatcher.sendAfterCommit(ids);
        }
        return ids;
    }

    private static boolean valid(String email) {
        try {
            new InternetAddress(email, true).validate();
            return email.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }
}
