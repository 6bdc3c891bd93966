package pl.koordynator.es.notifications.domain;

import java.time.OffsetDateTime;

/** One e-mail of the outbox as the administrators' page shows it. */
public record NotificationView(long id, String recipient, String subject, String body, NotificationStatus status,
        int attempts, String lastError, String note, OffsetDateTime createdAt, OffsetDateTime sentAt) {

    public boolean canResend() {
        return status == NotificationStatus.FAILED;
    }
}
