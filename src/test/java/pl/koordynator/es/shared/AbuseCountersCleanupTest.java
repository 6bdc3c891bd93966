package pl.koordynator.es.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly cleanup keeps rate-limit buckets and spent challenges to what still matters. */
class AbuseCountersCleanupTest extends IntegrationTest {

    @Autowired
    AbuseCountersCleanup cleanup;

    @Autowired
    RateLimits rateLimits;

    @Test
    void fullBucketsAndExpiredSpentChallengesGoWhileLiveOnesStay() {
        rateLimits.take("exports", "address:old");
        rateLimits.take("exports", "address:live");
        jdbc.sql("update rate_limit_bucket set expires_at = 0 where id like '%old'").update();
        jdbc.sql("insert into challenge_spent values ('expired', now() - interval '1 minute'), "
                + "('live', now() + interval '5 minutes')").update();

        cleanup.removeSpent();

        assertThat(jdbc.sql("select id from rate_limit_bucket").query(String.class).list())
                .containsExactly("exports:address:live");
        assertThat(jdbc.sql("select signature from challenge_spent").query(String.class).list())
                .containsExactly("live");
    }
}
