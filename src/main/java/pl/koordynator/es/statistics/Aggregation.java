package pl.koordynator.es.statistics;

/**
 * How gmina values add up to a powiat, a subregion or the region when no value was imported for
 * that unit itself: counts are summed, rates are averaged weighted by population.
 */
public enum Aggregation {
    SUM, POPULATION_WEIGHTED_MEAN
}
