package pl.koordynator.es.notifications;

import pl.koordynator.es.security.Role;

/**
 * E-mails to users, written to an outbox in the caller's transaction and sent after it commits
 * (retried when the mail server is down), so that a rolled-back change never mails anybody.
 * Texts are plain text in the recipients' language, rendered by the caller.
 */
public interface Notifications {

    /** To every active user belonging to the organisation (e.g. an OWES's staff). */
    void toOrganisation(long organisationId, String subject, String text);

    /** To every active user with the role (e.g. ROPS administrators). */
    void toRole(Role role, String subject, String text);

    /** To one address (e.g. an event participant without an account). */
    void toAddress(String email, String subject, String text);

    /** A file sent with an e-mail, e.g. a meeting invitation's {@code .ics}. */
    record Attachment(String fileName, String contentType, byte[] content) {

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + contentType + "]";
        }
    }

    /** To one address, with one attached file. */
    void toAddress(String email, String subject, String text, Attachment attachment);
}
