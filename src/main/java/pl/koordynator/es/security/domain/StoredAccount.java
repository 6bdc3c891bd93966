package pl.koordynator.es.security.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;

/** A row of {@code user_account}. */
record StoredAccount(long id, String username, String displayName, String email, Role role, Long organisationId,
        boolean enabled, String passwordHash, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    UserView view() {
        return new UserView(id, username, displayName, email, role, organisationId, enabled, createdAt, updatedAt,
                version);
    }

    AccountPrincipal principal() {
        return new AccountPrincipal(id, username, displayName, role, organisationId, enabled, passwordHash);
    }

    /** The fields of {@link #auditState} that are the person's data. */
    static final java.util.Set<String> PERSONAL_FIELDS = java.util.Set.of("displayName", "email");

    /**
     * The audited fields; the password hash is never written to the trail, the name and address
     * only as changed. The username stays in clear: it is the actor of the trail's entries.
     */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", Personal.of(displayName));
        state.put("email", Personal.of(email));
        state.put("role", role);
        state.put("organisationId", organisationId);
        state.put("enabled", enabled);
        return state;
    }
}
