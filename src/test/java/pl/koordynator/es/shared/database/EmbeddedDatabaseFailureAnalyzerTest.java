package pl.koordynator.es.shared.database;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseFailureAnalyzerTest {

    private final EmbeddedDatabaseFailureAnalyzer analyzer = new EmbeddedDatabaseFailureAnalyzer();

    @Test
    void rootWithoutUserNamespacesIsToldToRunAsAUserOrUseAnExternalDatabase() {
        var failure = EmbeddedDatabaseConfiguration.translate(
                new IOException("initdb: error: cannot be run as root"), Path.of("/srv/data/pg"));
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("wrapped", failure));

        assertThat(analysis.getDescription()).contains("refuses to run as root").contains("unshare -U");
        assertThat(analysis.getAction()).contains("non-root").contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void refusedPasswordsPointAtThePasswordFile() {
        var failure = EmbeddedDatabaseConfiguration.translate(new IOException("Gave up waiting for server to start",
                new java.sql.SQLException("FATAL: password authentication failed for user \"postgres\"")),
                Path.of("/srv/data/pg"));
        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription()).contains("pgpass").contains("/srv/data/pg");
        assertThat(analysis.getAction()).contains("delete pgpass");
    }

    @Test
    void otherStartFailuresPointAtTheDataDirectory() {
        var failure = EmbeddedDatabaseConfiguration.translate(new IOException("Permission denied"),
                Path.of("/srv/data/pg"));
        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription()).contains("/srv/data/pg").contains("Permission denied");
        assertThat(analysis.getAction()).contains("koordynator.data-dir").contains("SPRING_DATASOURCE_URL");
    }
}
