package pl.koordynator.es.notifications.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.privacy.PrivacySettings;

/**
 * The outbox's personal data: e-mails to the address, and e-mails to others that quote it. An
 * erased e-mail keeps its row, date and status for the outbox's history, without recipient,
 * subject or text; one still waiting is not sent any more. The text of every e-mail (names,
 * personal links) is removed once the retention period has passed; recipient and subject stay,
 * so the outbox can still answer whether someone was sent their confirmation.
 */
@Component
class NotificationPersonalData implements PersonalData, PersonalDataRetention {

    static final String EMAILS = "notifications.personalData.emails";
    static final String BODIES = "notifications.bodies";
    static final String ERASED_SUBJECT = "(usunięte)";

    private final JdbcClient jdbc;
    private final NotificationRepository notifications;

    NotificationPersonalData(JdbcClient jdbc, NotificationRepository notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    @Override
    public String module() {
        return "notifications";
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        return PersonalDataFinding.found(module(), EMAILS, matching(email),
                n -> n.createdAt().toLocalDate() + ": " + n.subject());
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        List<NotificationView> found = matching(email);
        if (found.isEmpty()) {
            return Map.of();
        }
        return Map.of("emails", found.stream().map(n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("recipient", n.recipient());
            row.put("subject", n.subject());
            row.put("text", n.body());
            row.put("status", n.status().name());
            row.put("createdAt", n.createdAt().toString());
            row.put("sentAt", n.sentAt() == null ? null : n.sentAt().toString());
            return row;
        }).toList());
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<NotificationView> found = matching(email);
        for (NotificationView notification : found) {
            jdbc.sql("""
                    update notification set
                        recipient = case when lower(recipient) = :email then :placeholder else recipient end,
                        subject = :subject, body = '', last_error = null,
                        status = case when status = 'QUEUED' then 'FAILED' else status end
                    where id = :id""")
                    .param("email", email.value())
                    .param("placeholder", EmailAddress.erasedPlaceholder("notification", notification.id()))
                    .param("subject", ERASED_SUBJECT)
                    .param("id", notification.id())
                    .update();
        }
        return new PersonalDataErasure(PersonalDataFinding.erased(module(), EMAILS, found), Set.of(), 0);
    }

    /** The text of e-mails older than the period that are no longer waiting to be sent. */
    @Override
    public List<Removed> removeExpired(PrivacySettings settings, Instant now) {
        int bodies = jdbc.sql("""
                update notification set body = ''
                where created_at < :before and status <> 'QUEUED' and body <> ''""")
                .param("before", OffsetDateTime.ofInstant(now.minus(settings.notificationBodies()), ZoneOffset.UTC))
                .update();
        return List.of(new Removed(BODIES, bodies));
    }

    private List<NotificationView> matching(EmailAddress email) {
        return notifications.mentioning(email.value());
    }
}
