package pl.koordynator.es.shared.database;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time of the start-up work after the context (module initializers, the map's recount) is
 * logged, so that bench/run can tell it apart from the database, the migrations and the context.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpWorkTimingTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theStartUpWorkLogsHowLongItTook(CapturedOutput output) throws Exception {
        // the shared context has started long before this test: its own lock shows the same line
        FirstStartLock lock = new FirstStartLock(dataSource);
        lock.acquire();
        lock.release();

        assertThat(output.getOut()).containsPattern("Start-up work \\(module initializers, recounts\\) took \\d+ ms");
    }
}
