package pl.koordynator.es.reporting.domain;

/** How an indicator's values of many reports (OWES, quarters) combine. */
public enum Aggregation {
    SUM, AVERAGE, NONE
}
