package pl.koordynator.es.security;

import java.time.OffsetDateTime;

/** A user account as shown to administrators and returned by the API; never carries the password. */
public record UserView(long id, String username, String displayName, String email, Role role, Long organisationId,
        boolean enabled, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {
}
