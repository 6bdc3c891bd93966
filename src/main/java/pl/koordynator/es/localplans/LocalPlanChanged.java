package pl.koordynator.es.localplans;

/**
 * A plan was created, changed (status, data, structure) or removed; published in the writer's
 * transaction, for listeners that keep what depends on plans (coverage, cards) current.
 */
public record LocalPlanChanged(long planId, String unitTeryt) {
}
