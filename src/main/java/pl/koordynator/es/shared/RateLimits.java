package pl.koordynator.es.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL (table {@code rate_limit_bucket}), so every instance takes
 * from the same bucket of a client. Concurrent requests for one bucket are batched into one
 * database round trip, which keeps a hot bucket (a campaign's visitors behind one address) cheap.
 */
@Component
public class RateLimits {

    /** Whether a request may go on; when not, how many seconds until it may. */
    public record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);
    }

    private final RateLimitSettings settings;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();

    RateLimits(RateLimitSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one request from the client's bucket of the limit ({@code key}: an address or user key). */
    public Decision take(String limit, String key) {
        RateLimitSettings.Limit configured = settings.limit(limit);
        if (configured.requests() <= 0) {
            return Decision.ALLOWED;
        }
        ConsumptionProbe probe = retried(limit, key, configured, bucket -> bucket.tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Decision.ALLOWED
                : new Decision(false, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }

    /** Gives a request back, e.g. for a sign-in that succeeded. */
    public void giveBack(String limit, String key) {
        RateLimitSettings.Limit configured = settings.limit(limit);
        if (configured.requests() > 0) {
            retried(limit, key, configured, bucket -> {
                bucket.addTokens(1);
                return null;
            });
        }
    }

    /** Removes the rows of buckets that are full again; returns how many went. */
    public int removeFull() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(1000);
            removed += batch;
        } while (batch == 1000);
        return removed;
    }

    /**
     * The operation on the client's bucket. A bucket whose row went (the nightly cleanup, or the
     * first requests of a new client arriving together in one batch) is reported missing by
     * Bucket4j: the handle is dropped and the operation tried again, which makes the row anew.
     */
    private <T> T retried(String limit, String key, RateLimitSettings.Limit configured,
            java.util.function.Function<BucketProxy, T> operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.apply(bucket(limit, key, configured));
            } catch (RuntimeException failure) {
                if (attempt == 3 || !missingBucket(failure)) {
                    throw failure;
                }
                proxies.remove(limit + ":" + key);
            }
        }
    }

    private static boolean missingBucket(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private BucketProxy bucket(String limit, String key, RateLimitSettings.Limit configured) {
        if (proxies.size() > 10_000) {
            // the handles hold no state of their own (it is in the table): dropping them is free
            proxies.clear();
        }
        return proxies.computeIfAbsent(limit + ":" + key, id -> buckets.builder()
                .withOptimization(Optimizations.batching())
                // a bucket made under other settings (before a restart) takes the new ones
                .withImplicitConfigurationReplacement(
                        configured.requests() * 1_000_000L + configured.per().toSeconds(),
                        TokensInheritanceStrategy.PROPORTIONALLY)
                .build(id, () -> BucketConfiguration.builder()
                        .addLimit(l -> l.capacity(configured.requests())
                                .refillIntervally(configured.requests(), configured.per()))
                        .build()));
    }
}
