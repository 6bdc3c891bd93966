package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * {@code reporting.<CODE>} for every numeric, aggregated indicator of the current OWES report
 * templates ({@code reporting.PES_SUPPORTED}): the region's figure from the approved reports whose
 * periods lie within the days, as the regional summary computes it (the same aggregates table and
 * rule: a SUM indicator adds the OWES's values, an AVERAGE one averages them). Named and measured in
 * the template's words ({@link Measure#name()}, {@link Measure#unit()}), since ROPS defines the
 * indicators. When templates share a code, their reports add up under the aggregation of the first
 * template by name. Not territorial: the reports split by OWES and subregion, never by powiat.
 */
@Component
class ReportingProgrammeMeasures implements ProgrammeMeasures {

    static final String PREFIX = "reporting.";

    private final TemplateRepository templates;
    private final AggregateRepository aggregates;
    private final Clock clock;

    ReportingProgrammeMeasures(TemplateRepository templates, AggregateRepository aggregates, Clock clock) {
        this.templates = templates;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Measure> measures() {
        Map<String, Indicator> first = new LinkedHashMap<>();
        for (Template template : templates.allCurrent()) {
            aggregated(template).forEach(indicator -> first.putIfAbsent(indicator.code(), indicator));
        }
        List<Measure> measures = new ArrayList<>();
        first.values().forEach(indicator -> measures.add(new Measure(PREFIX + indicator.code(),
                "measure.reporting.indicator", "measure.unit.value", Measure.Kind.FLOW, false, indicator.name(),
                indicator.unit() == null || indicator.unit().isBlank() ? null : indicator.unit())));
        return measures;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        String indicatorCode = code.startsWith(PREFIX) ? code.substring(PREFIX.length()) : null;
        Aggregation aggregation = null;
        List<String> withIndicator = new ArrayList<>();
        for (Template template : templates.allCurrent()) {
            for (Indicator indicator : aggregated(template)) {
                if (indicator.code().equals(indicatorCode)) {
                    aggregation = aggregation == null ? indicator.aggregation() : aggregation;
                    withIndicator.add(template.code());
                }
            }
        }
        if (withIndicator.isEmpty()) {
            throw new IllegalArgumentException("not a measure of the reporting module: " + code);
        }
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        for (String template : withIndicator) {
            for (AggregateRepository.Total total : aggregates.approved(template, from, to)) {
                if (total.code().equals(indicatorCode)) {
                    sum = sum.add(total.sum());
                    count += total.count();
                }
            }
        }
        BigDecimal value = aggregation == Aggregation.AVERAGE && count > 0
                ? sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP)
                : sum;
        return new MeasureValue(code, from, to, ReportService.normalise(value), Map.of(),
                summaryUrl(withIndicator.get(0), indicatorCode, from, to), clock.instant());
    }

    private static List<Indicator> aggregated(Template template) {
        return template.indicators().stream().filter(i -> i.numeric() && i.aggregation() != Aggregation.NONE).toList();
    }

    /** The regional summary of the period when the days are exactly one (a quarter, a half-year, a year). */
    private static String summaryUrl(String template, String indicator, LocalDate from, LocalDate to) {
        for (PeriodType type : PeriodType.values()) {
            Period period = Period.containing(from, type);
            if (period.start().equals(from) && period.end().equals(to)) {
                return "/reporting/summary?template=" + template + "&period=" + period.code() + "&indicator=" + indicator;
            }
        }
        return null;
    }
}
