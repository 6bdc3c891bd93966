package pl.koordynator.es.reporting;

/** How long a reporting period lasts. */
public enum PeriodType {
    QUARTER, HALF_YEAR, YEAR
}
