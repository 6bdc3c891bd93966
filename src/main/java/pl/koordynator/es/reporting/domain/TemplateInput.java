package pl.koordynator.es.reporting.domain;

import java.util.List;

/**
 * A template as ADMIN writes it; saving one that has reports makes a new version. Types are
 * strings so that a wrong one is a field error, not an unreadable request.
 */
public record TemplateInput(String code, String name, String periodType, Integer deadlineDays,
        List<IndicatorInput> indicators, List<RuleInput> rules) {

    public record IndicatorInput(String code, String name, String unit, String valueType, String aggregation,
            List<String> breakdown) {
    }

    public record RuleInput(String expression, String message) {
    }
}
