package pl.koordynator.es.reporting.domain;

import java.util.List;

/** One figure a template asks for; {@code breakdown} lists the labels of its cells (e.g. K, M), if any. */
public record Indicator(String code, String name, String unit, ValueType valueType, Aggregation aggregation,
        List<String> breakdown) {

    public boolean numeric() {
        return valueType.numeric();
    }

    public boolean hasBreakdown() {
        return !breakdown.isEmpty();
    }
}
