package pl.koordynator.es.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StalePostmasterTest {

    @Test
    void pidFileOfADeadProcessIsNotARunningServer(@TempDir Path pgData) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(pgData.resolve("postmaster.pid"), finished.pid() + "\n" + pgData + "\n");
        assertThat(StalePostmaster.runningServer(pgData.resolve("postmaster.pid"))).isEmpty();
    }

    @Test
    void livingProcessThatIsNotPostgresIsLeftAlone(@TempDir Path pgData) throws Exception {
        Files.writeString(pgData.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(StalePostmaster.runningServer(pgData.resolve("postmaster.pid"))).isEmpty();
    }

    @Test
    void missingOrGarbledPidFileMeansNoServer(@TempDir Path pgData) throws Exception {
        assertThat(StalePostmaster.runningServer(pgData.resolve("postmaster.pid"))).isEmpty();
        Files.writeString(pgData.resolve("postmaster.pid"), "not a pid");
        assertThat(StalePostmaster.runningServer(pgData.resolve("postmaster.pid"))).isEmpty();
    }
}
