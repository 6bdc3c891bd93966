package pl.koordynator.es.shared.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;
import pl.koordynator.es.shared.web.DatabaseOutages;

/**
 * A scheduled job that fails because the database is away is logged in one line: while
 * PostgreSQL restarts each job due (the mail retry every minute) would otherwise leave a stack
 * trace. Any other failure keeps its stack trace.
 */
@Configuration(proxyBeanMethods = false)
class OutageTolerantScheduling {

    private static final Logger log = LoggerFactory.getLogger(OutageTolerantScheduling.class);

    @Bean
    ThreadPoolTaskSchedulerCustomizer databaseOutagesInOneLine() {
        return scheduler -> scheduler.setErrorHandler(errorHandler());
    }

    static ErrorHandler errorHandler() {
        return failure -> {
            if (databaseAway(failure)) {
                log.warn("Scheduled job skipped, the database is unavailable: {}", failure.toString());
            } else {
                log.error("Unexpected error in a scheduled job", failure);
            }
        };
    }

    static boolean databaseAway(Throwable failure) {
        return DatabaseOutages.isOutage(failure);
    }

}
