package pl.koordynator.es.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The buckets in PostgreSQL: exact under concurrency, and whole again after their rows went. */
class RateLimitsTest extends IntegrationTest {

    @Autowired
    RateLimits rateLimits;

    @Test
    void aBurstOfFirstRequestsFromANewClientTakesExactlyTheLimitAndFailsNone() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 10; round++) {
                String client = "address:burst-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<Boolean>> requests = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    requests.add(() -> {
                        go.await();
                        return rateLimits.take("exports", client).allowed();
                    });
                }
                List<Future<Boolean>> answers = new ArrayList<>();
                requests.forEach(request -> answers.add(threads.submit(request)));
                go.countDown();
                int allowed = 0;
                for (Future<Boolean> answer : answers) {
                    allowed += answer.get() ? 1 : 0;
                }
                assertThat(allowed).as("round %d", round).isEqualTo(30);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBucketWhoseRowWentIsMadeAnew() {
        assertThat(rateLimits.take("exports", "address:gone").allowed()).isTrue();
        jdbc.sql("delete from rate_limit_bucket").update();
        assertThat(rateLimits.take("exports", "address:gone").allowed()).isTrue();
        rateLimits.giveBack("exports", "address:gone");
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket").query(Long.class).single()).isOne();
    }
}
