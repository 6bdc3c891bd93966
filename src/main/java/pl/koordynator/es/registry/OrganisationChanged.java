package pl.koordynator.es.registry;

/**
 * Published in the transaction that created, changed, closed or imported organisations, so that
 * live counts (map, programme indicators) can follow. An import publishes one event per row.
 * {@code previousGminaTeryt} is the gmina before a change (null for a new organisation), so that
 * a move leaves no stale count behind in the gmina it left.
 */
public record OrganisationChanged(long id, String gminaTeryt, String previousGminaTeryt, Kind kind,
        OrganisationStatus status) {
}
