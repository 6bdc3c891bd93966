package pl.koordynator.es.notifications.domain;

/** Filters of the outbox list: a status and part of the recipient's address, both optional. */
public record NotificationQuery(NotificationStatus status, String recipient) {
}
