package pl.koordynator.es.security.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserQuery;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

@Repository
class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql("select * from user_account where lower(username) = lower(:username)")
                .param("username", username).query(UserAccountRepository::row).optional();
    }

    List<Long> idsWithEmail(String email) {
        return jdbc.sql("select id from user_account where lower(email) = lower(:email) order by id")
                .param("email", email).query(Long.class).list();
    }

    Optional<StoredAccount> findById(long id) {
        return jdbc.sql("select * from user_account where id = :id").param("id", id)
                .query(UserAccountRepository::row).optional();
    }

    /** The owner of a token that is neither revoked nor expired; {@code lastUseOld}: its last use is unknown or a minute old. */
    record TokenOwner(long tokenId, boolean lastUseOld, StoredAccount account) {
    }

    /** One query per API call: the token and its owner's account together. */
    Optional<TokenOwner> byApiToken(String tokenHash) {
        return jdbc.sql("""
                select a.*, t.id as token_id,
                       (t.last_used_at is null or t.last_used_at < now() - interval '1 minute') as last_use_old
                from api_token t join user_account a on a.id = t.user_id
                where t.token_hash = :hash and t.revoked_at is null and t.expires_at > now()
                """).param("hash", tokenHash)
                .query((rs, row) -> new TokenOwner(rs.getLong("token_id"), rs.getBoolean("last_use_old"), row(rs, row)))
                .optional();
    }

    /** Revokes every token of the user that still opens the API, and returns them as they are now. */
    List<ApiTokenView> revokeActiveTokensOf(long userId) {
        return jdbc.sql("""
                update api_token set revoked_at = now()
                where user_id = :user and revoked_at is null and expires_at > now()
                returning *
                """).param("user", userId).query(ApiTokenService::row).list();
    }

    int countActiveTokensOf(long userId) {
        return jdbc.sql("""
                select count(*) from api_token where user_id = :user and revoked_at is null and expires_at > now()
                """).param("user", userId).query(Integer.class).single();
    }

    List<String> enabledEmailsOfOrganisation(long organisationId) {
        return jdbc.sql("""
                select min(trim(email)) from user_account
                where organisation_id = :organisationId and enabled and trim(email) <> ''
                group by lower(trim(email)) order by 1
                """).param("organisationId", organisationId).query(String.class).list();
    }

    List<StoredAccount> ofOrganisation(long organisationId) {
        return jdbc.sql("select * from user_account where organisation_id = :organisationId order by lower(username)")
                .param("organisationId", organisationId).query(UserAccountRepository::row).list();
    }

    List<String> enabledEmailsOfRole(Role role) {
        return jdbc.sql("""
                select min(trim(email)) from user_account
                where role = :role and enabled and trim(email) <> ''
                group by lower(trim(email)) order by 1
                """).param("role", role.name()).query(String.class).list();
    }

    /** The accounts with the address, compared without regard to case ({@code email} in lower case). */
    List<StoredAccount> withEmail(String email) {
        return jdbc.sql("select * from user_account where lower(trim(email)) = :email order by id")
                .param("email", email).query(UserAccountRepository::row).list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from user_account where lower(username) = lower(:username)")
                .param("username", username).query(Long.class).single() > 0;
    }

    long insert(String username, String displayName, String email, Role role, Long organisationId,
            String passwordHash) {
        return jdbc.sql("""
                insert into user_account (username, display_name, email, role, organisation_id, password_hash)
                values (:username, :displayName, :email, :role, :organisationId, :passwordHash)
                returning id
                """)
                .param("username", username).param("displayName", displayName).param("email", email)
                .param("role", role.name()).param("organisationId", organisationId)
                .param("passwordHash", passwordHash)
                .query(Long.class).single();
    }

    /** Returns false when the row's version moved on since it was read. */
    boolean update(long id, int expectedVersion, String displayName, String email, Role role, Long organisationId,
            boolean enabled) {
        return jdbc.sql("""
                update user_account set display_name = :displayName, email = :email, role = :role,
                    organisation_id = :organisationId, enabled = :enabled, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id).param("version", expectedVersion).param("displayName", displayName)
                .param("email", email).param("role", role.name()).param("organisationId", organisationId)
                .param("enabled", enabled)
                .update() == 1;
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("""
                update user_account set password_hash = :hash, password_changed_at = now(), updated_at = now(),
                    version = version + 1
                where id = :id
                """).param("id", id).param("hash", passwordHash).update();
    }

    PageOf<StoredAccount> find(UserQuery query, Paging paging) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (username ilike :text or display_name ilike :text or email ilike :text)");
            params.put("text", "%" + escapeLike(query.text().trim()) + "%");
        }
        if (query.role() != null) {
            where.append(" and role = :role");
            params.put("role", query.role().name());
        }
        if (query.enabled() != null) {
            where.append(" and enabled = :enabled");
            params.put("enabled", query.enabled());
        }
        long total = jdbc.sql("select count(*) from user_account" + where).params(params).query(Long.class).single();
        List<StoredAccount> items = jdbc.sql("select * from user_account" + where
                        + " order by lower(username) limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(UserAccountRepository::row).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        jdbc.sql("select role, count(*) as accounts from user_account group by role")
                .query(rs -> {
                    counts.put(Role.valueOf(rs.getString("role")), rs.getLong("accounts"));
                });
        return counts;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static StoredAccount row(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getObject("organisation_id", Long.class),
                rs.getBoolean("enabled"), rs.getString("password_hash"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
