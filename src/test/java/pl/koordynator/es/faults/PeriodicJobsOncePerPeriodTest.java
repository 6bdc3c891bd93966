package pl.koordynator.es.faults;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that runs every few minutes runs once per period across instances: each instance has its
 * own timer, so with two instances the second timer fires seconds after the first one's run ended
 * (bench/faults saw notifications.mail-retry run twice 2 s apart). The job's lock must outlast the
 * run, for most of the period, so that the second timer finds it taken.
 */
class PeriodicJobsOncePerPeriodTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aPeriodicJobRunAgainRightAfterItsRunIsSkipped() {
        // the periodic jobs' lock names by their methods, then the runnables the scheduler runs
        // (wrapped by Spring; their names are the method's "class.method")
        Map<String, String> locks = new TreeMap<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(bean);
            if (type == null || !type.getName().startsWith("pl.koordynator.es.")) {
                continue;
            }
            ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), method -> {
                Scheduled scheduled = AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class);
                SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
                if (scheduled != null && lock != null && (!scheduled.fixedDelayString().isEmpty()
                        || !scheduled.fixedRateString().isEmpty() || scheduled.fixedDelay() > 0
                        || scheduled.fixedRate() > 0)) {
                    locks.put(method.getDeclaringClass().getName() + "." + method.getName(), lock.name());
                }
            });
        }
        Map<String, Runnable> periodic = new TreeMap<>();
        context.getBeanProvider(ScheduledTaskHolder.class).forEach(holder -> holder.getScheduledTasks()
                .forEach(task -> {
                    Runnable run = task.getTask().getRunnable();
                    String lock = locks.get(run.toString());
                    if (lock != null) {
                        periodic.put(lock, run);
                    }
                }));
        assertThat(periodic).as("the periodic jobs").containsKey("notifications.mail-retry");
        List<String> ranTwice = new ArrayList<>();
        try {
            for (Map.Entry<String, Runnable> job : periodic.entrySet()) {
                releaseLock(job.getKey());
                // this instance's run, then the other instance's timer a moment later
                job.getValue().run();
                LocalDateTime first = lockedAt(job.getKey());
                job.getValue().run();
                if (!lockedAt(job.getKey()).equals(first)) {
                    ranTwice.add(job.getKey());
                }
            }
        } finally {
            // other tests run these jobs at once: the locks are left free
            periodic.keySet().forEach(this::releaseLock);
        }
        assertThat(ranTwice).as("jobs that ran again right after a run").isEmpty();
    }

    private LocalDateTime lockedAt(String name) {
        return jdbc.sql("select locked_at from scheduled_job_lock where name = :name").param("name", name)
                .query(LocalDateTime.class).single();
    }

    private void releaseLock(String name) {
        jdbc.sql("update scheduled_job_lock set lock_until = locked_at - interval '1 second' where name = :name")
                .param("name", name).update();
    }
}
