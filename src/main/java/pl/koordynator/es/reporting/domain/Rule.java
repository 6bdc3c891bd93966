package pl.koordynator.es.reporting.domain;

/** A validation rule of a template and the Polish message shown when a report breaks it. */
public record Rule(String expression, String message) {

    RuleExpression parsed() {
        return RuleExpression.parse(expression);
    }
}
