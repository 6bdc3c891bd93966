package pl.koordynator.es.statistics;

/** Whether an indicator measures what the social economy has (a resource) or what a place lacks (a need). */
public enum IndicatorCategory {
    RESOURCE, NEED
}
