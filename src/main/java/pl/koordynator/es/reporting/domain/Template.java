package pl.koordynator.es.reporting.domain;

import java.util.List;
import java.util.Optional;

import pl.koordynator.es.reporting.PeriodType;

/** One version of a report template. */
public record Template(long id, String code, int version, String name, PeriodType periodType, int deadlineDays,
        boolean current, List<Indicator> indicators, List<Rule> rules) {

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
