package pl.koordynator.es.security.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired sessions once a minute on one instance at a time. Spring Session's own cleanup
 * ({@code spring.session.jdbc.cleanup-cron}, switched off) runs on every instance on a scheduler of
 * its own, where a database outage logged a stack trace a minute per instance.
 */
@Component
class ExpiredSessionsCleanup {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessionsCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${koordynator.session.cleanup-cron:30 * * * * *}")
    @SchedulerLock(name = "security.expired-sessions-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void removeExpired() {
        sessions.cleanUpExpiredSessions();
    }
}
