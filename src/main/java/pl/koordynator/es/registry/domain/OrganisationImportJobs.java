package pl.koordynator.es.registry.domain;

import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
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
 */
@Service
public class OrganisationImportJobs {

    private static final Logger log = LoggerFactory.getLogger(OrganisationImportJobs.class);

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** A job as the pages show it; {@code report} is null until it is done. */
    public record Job(long id, String createdBy, String fileName, boolean dryRun, Mode mode, Status status,
            Integer rowsTotal, int rowsDone, OrganisationImportReport report, String failure,
            OffsetDateTime createdAt) {

        public boolean finished() {
            return status == Status.DONE || status == Status.FAILED;
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
                insert into organisation_import (created_by, file_name, file_content, dry_run, mode, status)
                values (:user, :fileName, :content, true, :mode, 'QUEUED') returning id""")
                .param("user", user.username()).param("fileName", fileName == null || fileName.isBlank()
                        ? "import" : fileName.strip()).param("content", content).param("mode", mode.name())
                .query(Long.class).single();
        executor.execute(() -> run(id));
        return id;
    }

    /** Imports a checked file, all or nothing or its valid rows; a job already started stays as it is. */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public void importChecked(long id, Mode mode) {
        get(id);
        int started = jdbc.sql("""
                update organisation_import set dry_run = false, mode = :mode, status = 'QUEUED', rows_done = 0,
                    started_at = null, finished_at = null
                where id = :id and dry_run and status = 'DONE' and octet_length(file_content) > 0""")
                .param("id", id).param("mode", mode.name()).update();
        if (started == 1) {
            executor.execute(() -> run(id));
        } else if (jdbc.sql("""
                select exists (select 1 from organisation_import
                    where id = :id and dry_run and status = 'DONE' and octet_length(file_content) = 0)""")
                .param("id", id).query(Boolean.class).single()) {
            // the retention period of uploaded files (koordynator.privacy.import-files) has passed
            throw new ConflictException("registryimport.file.removed", "the checked file is no longer kept");
        }
    }

    /** A job of the signed-in user (any job for ADMIN); others' jobs do not exist for them. */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public Job get(long id) {
        CurrentUser user = imports.importer();
        Job job = jdbc.sql("""
                select id, created_by, file_name, dry_run, mode, status, rows_total, rows_done, report, failure,
                    created_at from organisation_import where id = :id""").param("id", id)
                .query((rs, n) -> new Job(rs.getLong("id"), rs.getString("created_by"), rs.getString("file_name"),
                        rs.getBoolean("dry_run"), Mode.valueOf(rs.getString("mode")),
                        Status.valueOf(rs.getString("status")), (Integer) rs.getObject("rows_total"),
                        rs.getInt("rows_done"), report(rs.getString("report")), rs.getString("failure"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional().orElseThrow(() -> new NotFoundException("import", id));
        if (!user.is(Role.ADMIN) && !job.createdBy().equals(user.username())) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    private void run(long id) {
        try {
            Job job = get(id);
            byte[] content = jdbc.sql("select file_content from organisation_import where id = :id").param("id", id)
                    .query(byte[].class).single();
            int total = imports.countRows(content, job.fileName());
            jdbc.sql("""
                    update organisation_import set status = 'RUNNING', rows_total = :total, started_at = now()
                    where id = :id""").param("id", id).param("total", total).update();
            OrganisationImportReport report = imports.run(content, job.fileName(), job.dryRun(), job.mode(),
                    done -> ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "update organisation_import set rows_done = :done where id = :id")
                            .param("id", id).param("done", done).update()));
            jdbc.sql("""
                    update organisation_import set status = 'DONE', rows_done = :rows, report = cast(:report as jsonb),
                        finished_at = now() where id = :id""").param("id", id).param("rows", report.rows())
                    .param("report", json.writeValueAsString(report)).update();
        } catch (InvalidInputException invalid) {
            failed(id, invalid.problems().get(0).messageKey());
        } catch (RuntimeException unexpected) {
            log.error("Import job {} failed", id, unexpected);
            failed(id, "registryimport.job.failed");
        }
    }

    private void failed(long id, String messageKey) {
        jdbc.sql("""
                update organisation_import set status = 'FAILED', failure = :failure, finished_at = now()
                where id = :id""").param("id", id).param("failure", messageKey).update();
    }

    private OrganisationImportReport report(String document) {
        return document == null ? null : json.readValue(document, OrganisationImportReport.class);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
