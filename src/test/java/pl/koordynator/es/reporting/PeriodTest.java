package pl.koordynator.es.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2025Q1, QUARTER, 2025-01-01, 2025-03-31",
            "2025Q2, QUARTER, 2025-04-01, 2025-06-30",
            "2025Q3, QUARTER, 2025-07-01, 2025-09-30",
            "2024Q4, QUARTER, 2024-10-01, 2024-12-31",
            "2025H1, HALF_YEAR, 2025-01-01, 2025-06-30",
            "2025H2, HALF_YEAR, 2025-07-01, 2025-12-31",
            "2024, YEAR, 2024-01-01, 2024-12-31"})
    void parsesPeriodsWithTheirDates(String text, PeriodType type, LocalDate start, LocalDate end) {
        Period period = Period.parse(text).orElseThrow();
        assertThat(period.type()).isEqualTo(type);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.code()).isEqualTo(text);
    }

    @Test
    void acceptsLowerCaseAndSpaces() {
        assertThat(Period.parse(" 2025q3 ").map(Period::code)).contains("2025Q3");
        assertThat(Period.parse("2025h2").map(Period::code)).contains("2025H2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025Q0", "2025Q5", "2025H3", "2025H0", "25Q1", "2025-Q1", "2025Q", "Q1", "1999",
            "2025Q12", "abcd"})
    void rejectsWhatIsNoPeriod(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }

    @Test
    void nullIsNoPeriod() {
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void aYearContainsItsHalvesAndQuartersAndAHalfItsQuarters() {
        Period year = Period.parse("2025").orElseThrow();
        Period h1 = Period.parse("2025H1").orElseThrow();
        assertThat(year.contains(Period.quarter(2025, 4))).isTrue();
        assertThat(year.contains(h1)).isTrue();
        assertThat(h1.contains(Period.quarter(2025, 2))).isTrue();
        assertThat(h1.contains(Period.quarter(2025, 3))).isFalse();
        assertThat(year.contains(Period.quarter(2024, 4))).isFalse();
    }

    @Test
    void knowsThePeriodContainingADayAndTheOneBefore() {
        assertThat(Period.containing(LocalDate.of(2026, 11, 25), PeriodType.QUARTER).code()).isEqualTo("2026Q4");
        assertThat(Period.quarter(2026, 1).previous().code()).isEqualTo("2025Q4");
        assertThat(Period.parse("2026H1").orElseThrow().previous().code()).isEqualTo("2025H2");
        assertThat(Period.parse("2026").orElseThrow().previous().code()).isEqualTo("2025");
    }
}
