package pl.koordynator.es.shared.database;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The start-up is reported step by step, so that a slow or growing step can be named (issue 17). */
@ExtendWith(OutputCaptureExtension.class)
class StartupStepsTest {

    @Test
    void theReadyApplicationLogsEachStepOfItsStartUp(CapturedOutput output) {
        StartupSteps steps = new StartupSteps();
        steps.database(2000);
        Flyway flyway = mock(Flyway.class);
        steps.timedMigrations().migrate(flyway);
        verify(flyway).migrate();
        SpringApplication application = new SpringApplication();
        GenericApplicationContext context = new GenericApplicationContext();
        steps.started(new ApplicationStartedEvent(application, new String[0], context, Duration.ofMillis(7000)));
        steps.ready(new ApplicationReadyEvent(application, new String[0], context, Duration.ofMillis(7250)));

        Matcher line = Pattern.compile("Start-up steps: database 2000 ms, migrations (\\d+) ms, context (\\d+) ms, "
                + "start-up work 250 ms, ready after 7250 ms").matcher(output.getOut());
        assertThat(line.find()).as(output.getOut()).isTrue();
        // the context is what remains of the time to started once the database and the migrations are taken out
        assertThat(Long.parseLong(line.group(2))).isEqualTo(7000 - 2000 - Long.parseLong(line.group(1)));
    }
}
