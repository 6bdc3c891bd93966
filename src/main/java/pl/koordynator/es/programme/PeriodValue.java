package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An indicator's value and target in one period (a year, or a quarter where it has quarterly
 * targets), with where the value came from.
 *
 * @param period     {@code 2025} or {@code 2025Q2}
 * @param measure    the measure computed, null for a manual value
 * @param listUrl    the list behind a computed value
 * @param computedAt when a computed value was computed, or when a manual one was approved
 * @param evidence   a manual value's evidence (document name or link)
 * @param cumulative the value from the programme's start to the period's end (what a SUM
 *                   indicator's cumulative target is compared with); null when none yet
 */
public record PeriodValue(String period, LocalDate from, LocalDate to, BigDecimal actual, BigDecimal target,
        ProgressStatus status, ValueSource source, String measure, String listUrl, Instant computedAt,
        String evidence, BigDecimal cumulative) {
}
