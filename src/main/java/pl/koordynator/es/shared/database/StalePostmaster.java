package pl.koordynator.es.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server is started through pg_ctl, so a JVM killed with SIGKILL leaves PostgreSQL
 * running on the data directory, and the next start would wait for it and fail. Before starting,
 * a server still running on our data directory is stopped; a pid file of a dead process is left
 * for PostgreSQL, which recognises it as stale by itself.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path pgDataDirectory, Duration patience) {
        Path pidFile = pgDataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> server = runningServer(pidFile);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("A PostgreSQL server (pid {}) left by an earlier run still uses {}; stopping it",
                process.pid(), pgDataDirectory);
        // SIGTERM is PostgreSQL's "smart" shutdown; nobody is connected any more, so it ends at once.
        process.destroy();
        try {
            process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception stillRunning) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", process.pid(), patience);
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    static Optional<ProcessHandle> runningServer(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(firstLine);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(StalePostmaster::isPostgres);
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // A recycled pid may belong to an unrelated program; only a postgres process is ours to stop.
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
    }
}
