package pl.koordynator.es.notifications.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** E-mails in the audit trail (a resend); the outbox lists them, no e-mail has a page. */
@Component
class NotificationsAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(NotificationOutbox.ENTITY, "audit.entity.Notification", "/admin/notifications"));
    }
}
