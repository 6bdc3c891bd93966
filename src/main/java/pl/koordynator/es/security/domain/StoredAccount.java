package pl.koordynator.es.security.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The audited fields; the password hash is never written to the trail. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("email", email);
        state.put("role", role);
        state.put("organisationId", organisationId);
        state.put("enabled", enabled);
        return state;
    }
}
