package pl.koordynator.es.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root; zonky then runs it inside {@code unshare -U}. This tells in
 * advance whether that will work, so the failure can be explained instead of surfacing as an
 * initdb error deep in a stack trace.
 */
final class RootCheck {

    private RootCheck() {
    }

    static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .anyMatch(line -> line.split("\\s+")[1].equals("0"));
        } catch (IOException | RuntimeException notLinux) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static boolean canUnshareUserNamespace() {
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException noUnshare) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
