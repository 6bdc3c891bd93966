package pl.koordynator.es.shared.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job also carries {@code @SchedulerLock(name = "<module>.<job>")}, so
 * that with several instances on one database each run happens on one of them. The lock is a
 * row in {@code scheduled_job_lock} taken with the database's clock. It is the first guard
 * only: a job that e-mails also claims each row it e-mails about atomically, so that two runs
 * that both get past the lock (it expired while a run was slow, a manual run) still e-mail each
 * person once.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("scheduled_job_lock")
                .usingDbTime()
                .build());
    }
}
