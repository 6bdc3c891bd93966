package pl.koordynator.es.notifications.domain;

/** QUEUED: waiting to be sent (again); SENT: accepted by the mail server; FAILED: given up. */
public enum NotificationStatus {
    QUEUED, SENT, FAILED
}
