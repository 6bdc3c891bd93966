package pl.koordynator.es.territory;

/**
 * Published in the transaction that created, changed or removed a subregion, so that modules
 * which derive something from "the OWES serving this powiat" can recompute it.
 */
public record SubregionsChanged(long subregionId) {
}
