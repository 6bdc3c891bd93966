package pl.koordynator.es.notifications.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** One e-mail of the outbox as the administrators' page shows it. */
public record NotificationView(long id, String recipient, String subject, String body, NotificationStatus status,
        int attempts, String lastError, String note, OffsetDateTime createdAt, OffsetDateTime sentAt) {

    /** The text line by line, for pages that must keep its line breaks. */
    public List<String> bodyLines() {
        return body == null ? List.of() : body.lines().toList();
    }

    public boolean canResend() {
        return status == NotificationStatus.FAILED;
    }
}
