package pl.koordynator.es.security.domain;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per typed user name in PostgreSQL, so the lock holds across instances
 * and restarts, and applies to names that do not exist, so the lock tells nothing about them.
 */
@Component
class LoginLockout {

    private final JdbcClient jdbc;
    private final SecuritySettings.Login settings;

    LoginLockout(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings.login();
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return jdbc.sql("select count(*) from login_failure where username_key = :key and locked_until > now()")
                .param("key", key(username)).query(Long.class).single() > 0;
    }

    /** Counts one more failure; true when the user name is locked now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username) {
        String key = key(username);
        jdbc.sql("""
                insert into login_failure (username_key, failures, last_failure_at) values (:key, 0, now())
                on conflict (username_key) do nothing
                """).param("key", key).update();
        record Row(int failures, OffsetDateTime lockedUntil) {
        }
        Row row = jdbc.sql("select failures, locked_until from login_failure where username_key = :key for update")
                .param("key", key)
                .query((rs, n) -> new Row(rs.getInt("failures"), rs.getObject("locked_until", OffsetDateTime.class)))
                .single();
        OffsetDateTime now = OffsetDateTime.now();
        // a lock that has run out starts a fresh count
        int failures = row.lockedUntil() != null && !row.lockedUntil().isAfter(now) ? 1 : row.failures() + 1;
        OffsetDateTime lockedUntil = failures >= settings.maxFailures() ? now.plus(settings.lockDuration()) : null;
        jdbc.sql("""
                update login_failure set failures = :failures, last_failure_at = now(), locked_until = :lockedUntil
                where username_key = :key
                """).param("key", key).param("failures", failures).param("lockedUntil", lockedUntil).update();
        return lockedUntil != null;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("delete from login_failure where username_key = :key").param("key", key(username)).update();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}
