package pl.koordynator.es.security.domain;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: never the secret, which is shown once only. */
public record ApiTokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
