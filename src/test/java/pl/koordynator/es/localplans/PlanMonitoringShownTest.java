package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.ProgressStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring page shows the value expected on the line to the target to one decimal, whole values whole. */
class PlanMonitoringShownTest {

    private static BigDecimal shown(String expected) {
        return new PlanMonitoring.IndicatorStatus(1, 1, "PES", "szt.", Direction.HIGHER_IS_BETTER, BigDecimal.TEN, 2025,
                BigDecimal.valueOf(30), 2032, IndicatorSource.ENTERED, null, null, 2026,
                expected == null ? null : new BigDecimal(expected), null, ProgressStatus.NO_DATA, List.of())
                .expectedShown();
    }

    @Test
    void theExpectedValueIsRoundedToOneDecimal() {
        assertThat(shown("32.1429")).isEqualByComparingTo("32.1").hasToString("32.1");
        assertThat(shown("157.1450")).hasToString("157.1");
        assertThat(shown("26.6667")).hasToString("26.7");
        assertThat(shown("30.0000")).hasToString("30");
        assertThat(shown("100.0000")).hasToString("100");
        assertThat(shown(null)).isNull();
    }
}
