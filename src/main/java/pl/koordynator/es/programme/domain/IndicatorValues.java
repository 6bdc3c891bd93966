package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;
import pl.koordynator.es.shared.Measure;

/**
 * An indicator's actual values, period by period, within one request.
 * <ul>
 * <li>Computed, flow measure: a period's value is the measure over the period's days; the
 * cumulative one is the measure over the days from the programme's start to the period's end
 * (distinct things stay distinct: a PES supported in two years counts once, years are not added).
 * <li>Computed, stock measure: the state at the period's end (today for the period running now),
 * cumulative the same.
 * <li>Manual: the approved values (the latest approval of a period replaces earlier ones). A year's
 * value is the value entered for the year, else its quarters' by the aggregation (sum, last, mean);
 * cumulative: the sum of the years from the programme's start (SUM), the period's value
 * (END_VALUE), the mean of the years so far (AVERAGE).
 * <li>An indicator switched from manual to computed keeps its history: years before
 * {@code computedSince} show their approved manual values, and the cumulative value of a flow
 * adds the measure from {@code computedSince} on to the manual total before it.
 * </ul>
 * Periods that have not begun have no value.
 */
final class IndicatorValues {

    /** A value with where it came from. */
    record Value(BigDecimal value, ValueSource source, String measure, String listUrl, Instant computedAt,
            String evidence, Map<String, BigDecimal> byPowiat) {
    }

    private final Stored.Programme programme;
    private final IndicatorView indicator;
    private final MeasureCatalogue.Session measures;
    private final LocalDate today;
    private final Map<ProgrammePeriod, ManualValueRepository.Row> approved = new HashMap<>();

    IndicatorValues(Stored.Programme programme, IndicatorView indicator, List<ManualValueRepository.Row> approvedLatestFirst,
            MeasureCatalogue.Session measures, LocalDate today) {
        this.programme = programme;
        this.indicator = indicator;
        this.measures = measures;
        this.today = today;
        for (ManualValueRepository.Row row : approvedLatestFirst) {
            approved.putIfAbsent(row.period(), row);
        }
    }

    private boolean computed(ProgrammePeriod period) {
        return indicator.source() == ValueSource.COMPUTED
                && (indicator.computedSince() == null || period.year() >= indicator.computedSince());
    }

    /** The period's own value; null when there is none (yet). */
    Value actual(ProgrammePeriod period) {
        if (period.start().isAfter(today)) {
            return null;
        }
        if (computed(period)) {
            Optional<Measure> measure = measures.measure(indicator.measure());
            if (measure.isEmpty()) {
                return null;
            }
            LocalDate end = period.end().isAfter(today) ? today : period.end();
            return measure.get().kind() == Measure.Kind.STOCK ? computed(end, end)
                    : computed(period.start(), period.end());
        }
        return manual(period);
    }

    /** The value from the programme's start to the period's end; null when there is none (yet). */
    Value cumulative(ProgrammePeriod period) {
        if (period.start().isAfter(today)) {
            return null;
        }
        if (computed(period)) {
            Optional<Measure> measure = measures.measure(indicator.measure());
            if (measure.isEmpty()) {
                return null;
            }
            if (measure.get().kind() == Measure.Kind.STOCK) {
                return actual(period);
            }
            int firstComputed = indicator.computedSince() == null ? programme.startYear()
                    : Math.max(programme.startYear(), indicator.computedSince());
            Value counted = computed(LocalDate.of(firstComputed, 1, 1), period.end());
            if (counted == null || firstComputed <= programme.startYear()) {
                return counted;
            }
            Value before = manualCumulative(ProgrammePeriod.ofYear(firstComputed - 1));
            return before == null ? counted : new Value(counted.value().add(before.value()), counted.source(),
                    counted.measure(), counted.listUrl(), counted.computedAt(), null, counted.byPowiat());
        }
        return manualCumulative(period);
    }

    private Value computed(LocalDate from, LocalDate to) {
        return measures.compute(indicator.measure(), from, to)
                .map(value -> new Value(Decimals.plain(value.value()), ValueSource.COMPUTED, indicator.measure(), value.listUrl(),
                        value.computedAt(), null, value.byPowiat()))
                .orElse(null);
    }

    private Value manual(ProgrammePeriod period) {
        ManualValueRepository.Row own = approved.get(period);
        if (own != null || !period.wholeYear()) {
            return own == null ? null : value(own);
        }
        List<ManualValueRepository.Row> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            ManualValueRepository.Row row = approved.get(new ProgrammePeriod(period.year(), quarter));
            if (row != null) {
                quarters.add(row);
            }
        }
        if (quarters.isEmpty()) {
            return null;
        }
        BigDecimal value = switch (indicator.aggregation()) {
            case SUM -> sum(quarters.stream().map(ManualValueRepository.Row::value).toList());
            case END_VALUE -> quarters.get(quarters.size() - 1).value();
            case AVERAGE -> mean(quarters.stream().map(ManualValueRepository.Row::value).toList());
        };
        ManualValueRepository.Row last = quarters.get(quarters.size() - 1);
        return new Value(value, ValueSource.MANUAL, null, null, last.decidedAt(),
                String.join("; ", quarters.stream().map(ManualValueRepository.Row::evidence).distinct().toList()), Map.of());
    }

    private Value manualCumulative(ProgrammePeriod period) {
        if (indicator.aggregation() != TimeAggregation.SUM && indicator.aggregation() != TimeAggregation.AVERAGE) {
            return manual(period);
        }
        List<BigDecimal> values = new ArrayList<>();
        Value last = null;
        for (int year = programme.startYear(); year < period.year(); year++) {
            Value value = manual(ProgrammePeriod.ofYear(year));
            if (value != null) {
                values.add(value.value());
                last = value;
            }
        }
        if (period.wholeYear()) {
            Value value = manual(period);
            if (value != null) {
                values.add(value.value());
                last = value;
            }
        } else {
            for (int quarter = 1; quarter <= period.quarter(); quarter++) {
                Value value = manual(new ProgrammePeriod(period.year(), quarter));
                if (value != null) {
                    values.add(value.value());
                    last = value;
                }
            }
        }
        if (last == null) {
            return null;
        }
        BigDecimal total = indicator.aggregation() == TimeAggregation.SUM ? sum(values) : mean(values);
        return new Value(total, ValueSource.MANUAL, null, null, last.computedAt(), last.evidence(), Map.of());
    }

    private static Value value(ManualValueRepository.Row row) {
        return new Value(row.value(), ValueSource.MANUAL, null, null, row.decidedAt(), row.evidence(), Map.of());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return Decimals.plain(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return Decimals.plain(sum(values).divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_UP));
    }

    /** The measure's value per powiat over the period (flow) or at its end (stock); empty for a manual indicator. */
    Map<String, BigDecimal> byPowiat(ProgrammePeriod period) {
        Value value = computed(period) ? actual(period) : null;
        return value == null ? Map.of() : value.byPowiat();
    }
}
