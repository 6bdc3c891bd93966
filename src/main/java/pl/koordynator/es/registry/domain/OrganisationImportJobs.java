package pl.koordynator.es.registry.domain;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.domain.OrganisationImportService.Mode;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs for the pages: the file is stored, checked or imported in the background with its
 * progress written to the database now and then, and the report kept with the job. A user sees
 * only their own jobs; ADMIN sees all.
 * <p>
 * A job names the instance running it ({@code worker}) and is beaten every few seconds while it
 * waits or runs ({@code heartbeat_at}). An instance killed in the middle of an import leaves its
 * job without beats: on start-up and every minute any instance marks such jobs failed
 * ({@code registryimport.job.interrupted}), and the user starts them again from the job's page.
 * The import itself is one transaction that also marks the job done, so a killed import leaves
 * no rows, and a job marked failed meanwhile cannot end up done with rows written as well.
 */
@Service
public class OrganisationImportJobs {

    private static final Logger log = LoggerFactory.getLogger(OrganisationImportJobs.class);

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** A job as the pages show it; {@code report} is null until it is done. */
    public record Job(long id, String createdBy, String fileName, boolean dryRun, Mode mode, Status status,
            Integer rowsTotal, int rowsDone, OrganisationImportReport report, String failure,
            OffsetDateTime createdAt, boolean fileKept) {

        public boolean finished() {
            return status == Status.DONE || status == Status.FAILED;
        }

        /** A failed job whose file is still kept may be started again. */
        public boolean restartable() {
            return status == Status.FAILED && fileKept;
        }

        /** Percentage done, for the progress bar. */
        public int percent() {
            return rowsTotal == null || rowsTotal == 0 ? (finished() ? 100 : 0)
                    : (int) Math.min(100, Math.round(100.0 * rowsDone / rowsTotal));
        }
    }

    private final OrganisationImportService imports;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;
    private final ExecutorService executor;
    private final ScheduledExecutorService heartbeat;
    /** The jobs queued or running in this process: only these are beaten, so a job whose run died (the
     * database away when it wanted to record the failure) stops beating and is recovered like a killed one. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    /** This instance: its host and process, and a random part, since a restarted process may get the same id. */
    private final String worker = workerName();

    /** This instance's name in {@code organisation_import.worker}. */
    public String worker() {
        return worker;
    }

    /** How often a job's instance beats, and how long without a beat means the instance is gone. */
    static final Duration BEAT_EVERY = Duration.ofSeconds(10);
    static final Duration GONE_AFTER = Duration.ofMinutes(1);

    OrganisationImportJobs(OrganisationImportService imports, JdbcClient jdbc, JsonMapper json,
            PlatformTransactionManager transactions) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        AtomicInteger threads = new AtomicInteger();
        // the worker runs as the user who started the job: scope checks and the audit trail name them
        this.executor = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "organisation-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "organisation-import-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, BEAT_EVERY.toSeconds(), BEAT_EVERY.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Stores the file and starts a dry run of it; returns the job's id. */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public long check(String fileName, byte[] content, Mode mode) {
        CurrentUser user = imports.importer();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "registryimport.file.required");
        }
        imports.requireWithinLimits(content, fileName);
        long id = jdbc.sql("""
                insert into organisation_import (created_by, file_name, file_content, dry_run, mode, status, worker,
                    heartbeat_at)
                values (:user, :fileName, :content, true, :mode, 'QUEUED', :worker, now()) returning id""")
                .param("user", user.username()).param("fileName", fileName == null || fileName.isBlank()
                        ? "import" : fileName.strip()).param("content", content).param("mode", mode.name())
                .param("worker", worker).query(Long.class).single();
        submit(id);
        return id;
    }

    /** Imports a checked file, all or nothing or its valid rows; a job already started stays as it is. */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public void importChecked(long id, Mode mode) {
        get(id);
        int started = jdbc.sql("""
                update organisation_import set dry_run = false, mode = :mode, status = 'QUEUED', rows_done = 0,
                    started_at = null, finished_at = null, worker = :worker, heartbeat_at = now()
                where id = :id and dry_run and status = 'DONE' and octet_length(file_content) > 0""")
                .param("id", id).param("mode", mode.name()).param("worker", worker).update();
        if (started == 1) {
            submit(id);
        } else if (jdbc.sql("""
                select exists (select 1 from organisation_import
                    where id = :id and dry_run and status = 'DONE' and octet_length(file_content) = 0)""")
                .param("id", id).query(Boolean.class).single()) {
            // the retention period of uploaded files (koordynator.privacy.import-files) has passed
            throw new ConflictException("registryimport.file.removed", "the checked file is no longer kept");
        }
    }

    /**
     * Starts a failed job again, as it was (a check or an import, in its mode), from the file kept
     * with it; a job that has not failed stays as it is.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public void restart(long id) {
        get(id);
        int restarted = jdbc.sql("""
                update organisation_import set status = 'QUEUED', failure = null, report = null, rows_total = null,
                    rows_done = 0, started_at = null, finished_at = null, worker = :worker, heartbeat_at = now()
                where id = :id and status = 'FAILED' and octet_length(file_content) > 0""")
                .param("id", id).param("worker", worker).update();
        if (restarted == 1) {
            submit(id);
        } else if (jdbc.sql("""
                select exists (select 1 from organisation_import
                    where id = :id and status = 'FAILED' and octet_length(file_content) = 0)""")
                .param("id", id).query(Boolean.class).single()) {
            throw new ConflictException("registryimport.file.removed", "the file of the import is no longer kept");
        }
    }

    /** A job of the signed-in user (any job for ADMIN); others' jobs do not exist for them. */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public Job get(long id) {
        CurrentUser user = imports.importer();
        Job job = jdbc.sql("""
                select id, created_by, file_name, dry_run, mode, status, rows_total, rows_done, report, failure,
                    created_at, octet_length(file_content) > 0 as file_kept from organisation_import where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Job(rs.getLong("id"), rs.getString("created_by"), rs.getString("file_name"),
                        rs.getBoolean("dry_run"), Mode.valueOf(rs.getString("mode")),
                        Status.valueOf(rs.getString("status")), (Integer) rs.getObject("rows_total"),
                        rs.getInt("rows_done"), report(rs.getString("report")), rs.getString("failure"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("file_kept")))
                .optional().orElseThrow(() -> new NotFoundException("import", id));
        if (!user.is(Role.ADMIN) && !job.createdBy().equals(user.username())) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    private void submit(long id) {
        inFlight.add(id);
        try {
            executor.execute(() -> {
                try {
                    run(id);
                } finally {
                    inFlight.remove(id);
                }
            });
        } catch (RuntimeException refused) {
            inFlight.remove(id);
            throw refused;
        }
    }

    private void run(long id) {
        try {
            Job job = get(id);
            byte[] content = jdbc.sql("select file_content from organisation_import where id = :id").param("id", id)
                    .query(byte[].class).single();
            int total = imports.countRows(content, job.fileName());
            if (jdbc.sql("""
                    update organisation_import set status = 'RUNNING', rows_total = :total, started_at = now(),
                        heartbeat_at = now()
                    where id = :id and status = 'QUEUED' and worker = :worker""").param("id", id)
                    .param("total", total).param("worker", worker).update() == 0) {
                log.warn("Import job {} was taken from this instance before it started; not run", id);
                return;
            }
            boolean[] doneWithTheRows = {false};
            OrganisationImportReport report = imports.run(content, job.fileName(), job.dryRun(), job.mode(),
                    done -> ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            update organisation_import set rows_done = :done, heartbeat_at = now()
                            where id = :id and worker = :worker""")
                            .param("id", id).param("done", done).param("worker", worker).update()),
                    written -> {
                        // in the import's transaction: the rows and "done" commit together, or neither
                        if (done(id, written) == 0) {
                            throw new TakenOver(id);
                        }
                        doneWithTheRows[0] = true;
                    });
            if (!doneWithTheRows[0] && done(id, report) == 0) {
                log.warn("Import job {} was marked failed while it ran; its result is dropped", id);
            }
        } catch (TakenOver takenOver) {
            log.warn("Import job {} was marked failed while it ran; nothing it wrote was kept", id);
        } catch (InvalidInputException invalid) {
            failed(id, invalid.problems().get(0).messageKey());
        } catch (RuntimeException unexpected) {
            log.error("Import job {} failed", id, unexpected);
            failed(id, "registryimport.job.failed");
        }
    }

    // clock_timestamp(): this runs inside the import's transaction, whose now() is the moment the import began
    private int done(long id, OrganisationImportReport report) {
        return jdbc.sql("""
                update organisation_import set status = 'DONE', rows_done = :rows, report = cast(:report as jsonb),
                    finished_at = clock_timestamp(), heartbeat_at = clock_timestamp()
                where id = :id and status = 'RUNNING' and worker = :worker""").param("id", id)
                .param("rows", report.rows()).param("report", json.writeValueAsString(report))
                .param("worker", worker).update();
    }

    private void failed(long id, String messageKey) {
        jdbc.sql("""
                update organisation_import set status = 'FAILED', failure = :failure, finished_at = now()
                where id = :id and status in ('QUEUED', 'RUNNING') and worker = :worker""")
                .param("id", id).param("failure", messageKey).param("worker", worker).update();
    }

    /** The jobs this instance waits on or runs are alive: it says so every few seconds. */
    void beat() {
        List<Long> ids = List.copyOf(inFlight);
        if (ids.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("""
                    update organisation_import set heartbeat_at = now()
                    where id in (:ids) and worker = :worker and status in ('QUEUED', 'RUNNING')""")
                    .param("ids", ids).param("worker", worker).update();
        } catch (RuntimeException failure) {
            // the database is away: the job itself fails or waits, and the next beat tries again
            log.warn("Could not beat the import jobs of {}: {}", worker, failure.toString());
        }
    }

    /**
     * Jobs whose instance stopped beating a minute ago (killed, crashed, lost its database) are
     * marked failed: their import's transaction died with the instance, so nothing of it was
     * written, and the user may start them again. A job of a live instance always has a fresh
     * beat; so has every job running in this process,
     * and one of its jobs that stopped beating died with the database and is recovered the same way.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${koordynator.registry.import-recovery-delay:PT1M}",
            initialDelayString = "${koordynator.registry.import-recovery-delay:PT1M}")
    @SchedulerLock(name = "registry.import-recovery", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    public void failInterrupted() {
        List<Long> interrupted = jdbc.sql("""
                update organisation_import set status = 'FAILED', failure = 'registryimport.job.interrupted',
                    finished_at = now()
                where status in ('QUEUED', 'RUNNING')
                    and coalesce(heartbeat_at, created_at) < now() - make_interval(secs => :gone)
                returning id""").param("gone", (double) GONE_AFTER.toSeconds())
                .query(Long.class).list();
        if (!interrupted.isEmpty()) {
            log.warn("Import jobs {} were interrupted (their instance stopped) and are marked failed", interrupted);
        }
    }

    /** The job was marked failed while it ran here: its transaction must not commit. */
    private static final class TakenOver extends RuntimeException {
        TakenOver(long id) {
            super("import job " + id + " is no longer run by this instance");
        }
    }

    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception unknown) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private OrganisationImportReport report(String document) {
        return document == null ? null : json.readValue(document, OrganisationImportReport.class);
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        executor.shutdownNow();
    }
}
