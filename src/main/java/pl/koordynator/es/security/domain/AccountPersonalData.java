package pl.koordynator.es.security.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * User accounts with the address. An erased account is not deleted but disabled and anonymised:
 * its display name and e-mail go, its API tokens are revoked and its sessions ended. The user
 * name stays, because it is the actor of the account's entries in the audit trail and the author
 * of the records other modules keep ({@code created_by}), and the accountability for official
 * acts outlives the account (GDPR art. 17(3)(b) and (e)); user names are handles chosen by the
 * administrator, not the person's address. Only a user name that contains the address itself is
 * replaced ({@code erased-<id>}), in the account and as the actor of the audit trail's entries.
 */
@Component
class AccountPersonalData implements PersonalData {

    static final String ACCOUNTS = "user.personalData.accounts";
    /** What an erased account shows where the name was. */
    static final String ERASED_NAME = "Usunięte konto";

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final UserAccountService users;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    AccountPersonalData(UserAccountRepository accounts, JdbcClient jdbc, AuditTrail audit, UserAccountService users,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public String module() {
        return "security";
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        return PersonalDataFinding.found(module(), ACCOUNTS, accounts.withEmail(email.value()),
                a -> a.username() + ": " + a.displayName() + ", " + a.role() + (a.enabled() ? "" : " (-)"));
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        List<StoredAccount> found = accounts.withEmail(email.value());
        if (found.isEmpty()) {
            return Map.of();
        }
        return Map.of("accounts", found.stream().map(account -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("username", account.username());
            row.put("displayName", account.displayName());
            row.put("email", account.email());
            row.put("role", account.role().name());
            row.put("organisationId", account.organisationId());
            row.put("enabled", account.enabled());
            row.put("createdAt", account.createdAt().toString());
            row.put("apiTokens", jdbc.sql("""
                    select name, created_at, last_used_at, revoked_at from api_token where user_id = :id order by id""")
                    .param("id", account.id())
                    .query((rs, n) -> {
                        Map<String, Object> token = new LinkedHashMap<>();
                        token.put("name", rs.getString("name"));
                        token.put("createdAt", text(rs.getObject("created_at", java.time.OffsetDateTime.class)));
                        token.put("lastUsedAt", text(rs.getObject("last_used_at", java.time.OffsetDateTime.class)));
                        token.put("revokedAt", text(rs.getObject("revoked_at", java.time.OffsetDateTime.class)));
                        return token;
                    }).list());
            return row;
        }).toList());
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<StoredAccount> found = accounts.withEmail(email.value());
        long me = users.current().map(user -> user.id()).orElse(-1L);
        if (found.stream().anyMatch(account -> account.id() == me)) {
            // the administrator would lock themselves out halfway through the request
            throw InvalidInputException.of("email", "user.cannotEraseSelf");
        }
        Set<String> values = new HashSet<>();
        List<String> usernames = new ArrayList<>();
        int auditEntries = 0;
        for (StoredAccount before : found) {
            String username = before.username().toLowerCase(java.util.Locale.ROOT).contains(email.value())
                    ? "erased-" + before.id() : before.username();
            jdbc.sql("""
                    update user_account set username = :username, display_name = :name, email = :email,
                        enabled = false, updated_at = now(), version = version + 1
                    where id = :id""")
                    .param("username", username).param("name", ERASED_NAME)
                    .param("email", EmailAddress.erasedPlaceholder("account", before.id())).param("id", before.id())
                    .update();
            jdbc.sql("update api_token set revoked_at = now() where user_id = :id and revoked_at is null")
                    .param("id", before.id()).update();
            throttle.forget(List.of(before.username(), email.value()));
            if (!username.equals(before.username())) {
                auditEntries += audit.renameActor(before.username(), username);
            }
            auditEntries += audit.erasePersonalFields(UserAccountService.ENTITY, before.id(),
                    StoredAccount.PERSONAL_FIELDS);
            audit.updated(UserAccountService.ENTITY, before.id(), before.auditState(),
                    accounts.findById(before.id()).orElseThrow().auditState());
            values.add(before.displayName());
            usernames.add(before.username());
        }
        endSessionsAfterCommit(usernames);
        return new PersonalDataErasure(PersonalDataFinding.erased(module(), ACCOUNTS, found), values, auditEntries);
    }

    /** A disabled account must not keep working with a session it opened before; ended once the erasure stands. */
    private void endSessionsAfterCommit(List<String> usernames) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (usernames.isEmpty() || repository == null) {
            return;
        }
        Runnable end = () -> usernames.forEach(username -> repository.findByPrincipalName(username).keySet()
                .forEach(repository::deleteById));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
