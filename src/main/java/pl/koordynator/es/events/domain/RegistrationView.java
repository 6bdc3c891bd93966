package pl.koordynator.es.events.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import pl.koordynator.es.events.RegistrationStatus;

/**
 * A person's registration for an event. {@code token} is the secret of the person's own links
 * (cancellation, evaluation): it goes into their e-mails only, never to organisers' pages or the API.
 */
public record RegistrationView(long id, long eventId, String name, String email, Long organisationId,
        String organisationName, String accessibilityNeeds, OffsetDateTime consentAt, String consentVersion,
        RegistrationStatus status, UUID token, String language, OffsetDateTime registeredAt,
        OffsetDateTime promotedAt, OffsetDateTime cancelledAt, boolean attended, OffsetDateTime attendanceMarkedAt,
        long version) {

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean waitlisted() {
        return status == RegistrationStatus.WAITLISTED;
    }

    public boolean cancelled() {
        return status == RegistrationStatus.CANCELLED;
    }
}
