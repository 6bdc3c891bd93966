package pl.koordynator.es.privacy.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.privacy.PersonalDataRetention.Removed;
import pl.koordynator.es.privacy.PrivacySettings;

/**
 * Once a day every module removes the personal data it no longer needs (the periods of
 * {@link PrivacySettings}), each in its own transaction, so one module's failure leaves the
 * others' work done; tomorrow's run catches up. Each kind removed is recorded in the audit trail
 * as a count, under entity type {@value #ENTITY}.
 */
@Component
public class RetentionJob {

    static final String ENTITY = "PersonalDataRetention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<PersonalDataRetention> modules;
    private final PrivacySettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionJob(List<PersonalDataRetention> modules, PrivacySettings settings, AuditTrail audit,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.modules = modules;
        this.settings = settings;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${koordynator.privacy.retention-cron:0 30 3 * * *}", zone = "${koordynator.time-zone:Europe/Warsaw}")
    @SchedulerLock(name = "privacy.retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        removeExpired(clock.instant());
    }

    /** Removes what is due at {@code now}; returns what was removed, kind by kind. */
    public List<Removed> removeExpired(Instant now) {
        List<Removed> all = new ArrayList<>();
        for (PersonalDataRetention module : modules) {
            try {
                all.addAll(transactions.execute(status -> {
                    List<Removed> removed = module.removeExpired(settings, now);
                    removed.stream().filter(kind -> kind.rows() > 0).forEach(kind -> {
                        Map<String, Object> state = new LinkedHashMap<>();
                        state.put("rows", kind.rows());
                        audit.created(ENTITY, kind.what(), state);
                    });
                    return removed;
                }));
            } catch (RuntimeException e) {
                log.warn("Retention of {} failed; the next run tries again: {}", module.getClass().getSimpleName(),
                        e.toString());
            }
        }
        if (all.stream().anyMatch(kind -> kind.rows() > 0)) {
            log.info("Personal data past its retention period removed: {}", all);
        }
        return all;
    }
}
