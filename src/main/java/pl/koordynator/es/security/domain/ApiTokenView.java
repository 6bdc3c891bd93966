package pl.koordynator.es.security.domain;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: never the secret, which is shown once only. */
public record ApiTokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime expiresAt, OffsetDateTime revokedAt) {

    /** Opens the API: neither revoked nor past its expiry. */
    public boolean active() {
        return revokedAt == null && !expired();
    }

    /** Past its expiry without having been revoked first. */
    public boolean expired() {
        return revokedAt == null && !expiresAt.isAfter(OffsetDateTime.now());
    }
}
