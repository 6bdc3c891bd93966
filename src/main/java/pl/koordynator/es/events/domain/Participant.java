package pl.koordynator.es.events.domain;

import java.time.OffsetDateTime;

import pl.koordynator.es.events.RegistrationStatus;

/**
 * A registration as its event's organiser sees it: the person, their organisation, what they
 * need to take part, and whether they came. Never carries the participant's secret link token.
 */
public record Participant(long id, String name, String email, Long organisationId, String organisationName,
        String accessibilityNeeds, RegistrationStatus status, OffsetDateTime registeredAt, boolean attended,
        OffsetDateTime attendanceMarkedAt) {

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean hasAccessibilityNeeds() {
        return accessibilityNeeds != null && !accessibilityNeeds.isBlank();
    }
}
