package pl.koordynator.es.security.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.ClientKeys;
import pl.koordynator.es.shared.RateLimits;

/**
 * Slows down password guessing without letting anyone lock an account: each sign-in attempt is
 * counted, before the password is looked at, for the typed name from this client address, for
 * the typed name from any address the account has not signed in from before, and (through the
 * shared rate limit "logins") for the address. Past a few free attempts each further one must
 * wait twice as long as the one before. The owner signing in from an address they used before
 * is not held up by an attack on their account from elsewhere. Counters are kept in PostgreSQL
 * and raised in one statement each, so parallel attempts cannot slip past the limit; names that
 * do not exist are counted the same way, so nothing tells whether an account exists. Names and
 * addresses are kept as keyed hashes only ({@link ClientKeys}).
 */
@Component
public class LoginThrottle {

    static final String ADDRESS_LIMIT = "logins";

    /** Whether an attempt may be made now; when not, how many seconds until it may. */
    record Admission(boolean allowed, long retryAfterSeconds) {

        static final Admission ALLOWED = new Admission(true, 0);
    }

    private final JdbcClient jdbc;
    private final RateLimits rateLimits;
    private final ClientKeys clients;
    private final SecuritySettings.Login settings;

    LoginThrottle(JdbcClient jdbc, RateLimits rateLimits, ClientKeys clients, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.rateLimits = rateLimits;
        this.clients = clients;
        this.settings = settings.login();
    }

    /** Counts an attempt to sign in as {@code username} from {@code address}, or refuses it. */
    Admission admit(String username, String address) {
        String name = nameKey(username);
        String addressKey = clients.address(address);
        RateLimits.Decision fromAddress = rateLimits.take(ADDRESS_LIMIT, addressKey);
        if (!fromAddress.allowed()) {
            return new Admission(false, fromAddress.retryAfterSeconds());
        }
        Optional<Long> pair = count("pair:" + name + "|" + addressKey, settings.freeAttempts());
        if (pair.isPresent()) {
            return new Admission(false, pair.get());
        }
        if (!known(name, addressKey)) {
            Optional<Long> account = count("account:" + name, settings.freeAttemptsOfAccount());
            if (account.isPresent()) {
                return new Admission(false, account.get());
            }
        }
        return Admission.ALLOWED;
    }

    /**
     * The right password: the attempt from this address costs nothing and this address becomes
     * one the owner uses. The account's counter stays, so an attacker elsewhere gains nothing.
     */
    void succeeded(String username, String address) {
        String name = nameKey(username);
        String addressKey = clients.address(address);
        rateLimits.giveBack(ADDRESS_LIMIT, addressKey);
        jdbc.sql("delete from login_throttle where key = :key").param("key", "pair:" + name + "|" + addressKey)
                .update();
        jdbc.sql("""
                insert into login_known_address (username_key, address_hash, last_success_at)
                values (:name, :address, now())
                on conflict (username_key, address_hash) do update set last_success_at = now()""")
                .param("name", name).param("address", addressKey).update();
    }

    /**
     * One more attempt on the counter, unless it is waiting out a delay: then the seconds left.
     * The attempt that uses up the free ones sets the first delay, each later one doubles
     * it up to {@code maxDelay}; a counter left alone for {@code forgetAfter} starts again.
     */
    private Optional<Long> count(String key, int free) {
        String attempts = "(case when t.last_attempt_at < now() - make_interval(secs => :forget) then 1"
                + " else t.attempts + 1 end)";
        Optional<Integer> counted = jdbc.sql("""
                insert into login_throttle as t (key, attempts, last_attempt_at, blocked_until)
                values (:key, 1, now(),
                        case when 1 >= :free then now() + make_interval(secs => :firstDelay) end)
                on conflict (key) do update set
                    attempts = %1$s,
                    last_attempt_at = now(),
                    blocked_until = case when %1$s >= :free
                        then now() + make_interval(secs => least(:maxDelay, :firstDelay * power(2, %1$s - :free)))
                    end
                where t.blocked_until is null or t.blocked_until <= now()
                returning attempts""".formatted(attempts))
                .param("key", key).param("free", free).param("forget", (double) settings.forgetAfter().toSeconds())
                .param("maxDelay", (double) settings.maxDelay().toSeconds())
                .param("firstDelay", (double) settings.firstDelay().toSeconds())
                .query(Integer.class).optional();
        if (counted.isPresent()) {
            return Optional.empty();
        }
        OffsetDateTime until = jdbc.sql("select blocked_until from login_throttle where key = :key")
                .param("key", key).query(OffsetDateTime.class).optional().orElse(OffsetDateTime.now());
        return Optional.of(Math.max(1, Duration.between(OffsetDateTime.now(), until).toSeconds() + 1));
    }

    private boolean known(String name, String addressKey) {
        return jdbc.sql("""
                select count(*) from login_known_address
                where username_key = :name and address_hash = :address
                    and last_success_at > now() - make_interval(secs => :remember)""")
                .param("name", name).param("address", addressKey).param("remember", (double) settings.rememberAddresses().toSeconds())
                .query(Long.class).single() > 0;
    }

    /** Every night: counters nobody has touched for a day, and addresses not used for their time, go. */
    @Scheduled(cron = "${koordynator.login.purge-cron:0 15 3 * * *}")
    @SchedulerLock(name = "security.login-throttle-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void purge() {
        jdbc.sql("delete from login_throttle where last_attempt_at < now() - make_interval(secs => :old)")
                .param("old", (double) settings.forgetAfter().plus(settings.maxDelay()).toSeconds()).update();
        jdbc.sql("""
                delete from login_known_address where last_success_at < now() - make_interval(secs => :remember)""")
                .param("remember", (double) settings.rememberAddresses().toSeconds()).update();
    }

    /** Forgets what was counted for these typed names (erasure of a person's data). */
    public void forget(java.util.Collection<String> usernames) {
        for (String username : usernames) {
            String name = nameKey(username);
            jdbc.sql("delete from login_throttle where key = :account or key like :pairs")
                    .param("account", "account:" + name).param("pairs", "pair:" + name + "|%").update();
            jdbc.sql("delete from login_known_address where username_key = :name").param("name", name).update();
        }
    }

    /**
     * The typed name as counters keep it: a keyed hash, never the text, since people type e-mail
     * addresses there and now and then a password.
     */
    private String nameKey(String username) {
        return clients.hash("name:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
    }
}
