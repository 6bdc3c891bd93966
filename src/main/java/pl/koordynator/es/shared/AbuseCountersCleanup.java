package pl.koordynator.es.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: the rows of rate-limit buckets that are full again and of spent challenges that
 * have expired go, so both tables stay the size of one day's visitors.
 */
@Component
class AbuseCountersCleanup {

    private final RateLimits rateLimits;
    private final ProofOfWork proofOfWork;

    AbuseCountersCleanup(RateLimits rateLimits, ProofOfWork proofOfWork) {
        this.rateLimits = rateLimits;
        this.proofOfWork = proofOfWork;
    }

    @Scheduled(cron = "${koordynator.rate-limits.purge-cron:0 20 3 * * *}")
    @SchedulerLock(name = "shared.abuse-counters-cleanup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void removeSpent() {
        rateLimits.removeFull();
        proofOfWork.removeExpired();
    }
}
