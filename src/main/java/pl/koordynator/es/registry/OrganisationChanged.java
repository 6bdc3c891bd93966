package pl.koordynator.es.registry;

/**
 * Published in the transaction that created, changed, closed or imported organisations, so that
 * live counts (map, programme indicators) can follow. An import publishes one event per row.
 */
public record OrganisationChanged(long id, String gminaTeryt, Kind kind, OrganisationStatus status) {
}
