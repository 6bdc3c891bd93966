package pl.koordynator.es.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;

/**
 * Personal API tokens for scripts. Only a SHA-256 of the token is stored: the token carries 256
 * random bits, so a slow password hash would add nothing but latency to every API call.
 */
@Service
public class ApiTokenService {

    static final String ENTITY = "ApiToken";
    private static final String TOKEN_PREFIX = "kes_";
    private static final int MAX_ACTIVE_TOKENS = 20;

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final UserAccountService users;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, UserAccountRepository accounts, UserAccountService users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
    }

    /** The new token's secret, to be shown once. */
    public record CreatedToken(ApiTokenView token, String secret) {
    }

    /** A token valid for {@link TokenLifetime#DEFAULT}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedToken create(String name) {
        return create(name, TokenLifetime.DEFAULT.name());
    }

    /**
     * A token valid for the named {@link TokenLifetime}; an empty choice means the default, an
     * unknown one is refused on the field {@code lifetime}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedToken create(String name, String lifetime) {
        CurrentUser me = me();
        String trimmed = name == null ? "" : name.trim();
        List<FieldProblem> problems = new ArrayList<>();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            problems.add(new FieldProblem("name", "token.name.invalid"));
        }
        Optional<TokenLifetime> validity = lifetime == null || lifetime.isBlank()
                ? Optional.of(TokenLifetime.DEFAULT) : TokenLifetime.parse(lifetime.trim());
        if (validity.isEmpty()) {
            problems.add(new FieldProblem("lifetime", "token.lifetime.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long active = jdbc.sql("""
                select count(*) from api_token where user_id = :user and revoked_at is null and expires_at > now()
                """).param("user", me.id()).query(Long.class).single();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw InvalidInputException.of("name", "token.tooMany");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, 10);
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, expires_at)
                values (:user, :name, :hash, :prefix, now() + cast(:lifetime as interval))
                returning id
                """).param("user", me.id()).param("name", trimmed).param("hash", hash(secret)).param("prefix", prefix)
                .param("lifetime", validity.get().interval())
                .query(Long.class).single();
        ApiTokenView token = find(me.id(), id).orElseThrow();
        audit.created(ENTITY, id, state(token, me));
        return new CreatedToken(token, secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        return jdbc.sql("""
                select * from api_token where user_id = :user
                order by (revoked_at is null and expires_at > now()) desc, created_at desc
                """).param("user", me().id()).query(ApiTokenService::row).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long tokenId) {
        CurrentUser me = me();
        ApiTokenView before = find(me.id(), tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
        if (!before.active()) {
            return;
        }
        jdbc.sql("update api_token set revoked_at = now() where id = :id").param("id", tokenId).update();
        ApiTokenView after = find(me.id(), tokenId).orElseThrow();
        audit.updated(ENTITY, tokenId, state(before, me), state(after, me));
    }

    /**
     * The account behind a presented token, if the token is known, neither revoked nor expired
     * and its user enabled. No transaction: one query, and now and then an independent update.
     */
    public Optional<AccountPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Optional<UserAccountRepository.TokenOwner> owner = accounts.byApiToken(hash(secret));
        // "last used" to the minute: writing it on every call would turn each read of the API into a write
        owner.filter(UserAccountRepository.TokenOwner::lastUseOld).ifPresent(o -> jdbc.sql(
                "update api_token set last_used_at = now() where id = :id").param("id", o.tokenId()).update());
        return owner.map(UserAccountRepository.TokenOwner::account).filter(StoredAccount::enabled)
                .map(StoredAccount::principal);
    }

    private Optional<ApiTokenView> find(long userId, long tokenId) {
        return jdbc.sql("select * from api_token where id = :id and user_id = :user")
                .param("id", tokenId).param("user", userId).query(ApiTokenService::row).optional();
    }

    private CurrentUser me() {
        return users.current().orElseThrow(() -> new NotFoundException("user", "current"));
    }

    private static Map<String, Object> state(ApiTokenView token, CurrentUser owner) {
        return state(token, owner.username());
    }

    /** A token as the audit trail records it, the same whoever revokes it. */
    static Map<String, Object> state(ApiTokenView token, String owner) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("owner", owner);
        state.put("name", token.name());
        state.put("prefix", token.prefix());
        state.put("expiresAt", token.expiresAt());
        state.put("revokedAt", token.revokedAt());
        return state;
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static ApiTokenView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ApiTokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
