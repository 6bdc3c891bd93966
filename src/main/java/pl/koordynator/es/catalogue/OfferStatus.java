package pl.koordynator.es.catalogue;

/**
 * Where an offer is in its review: written ({@code DRAFT}), sent to ROPS or the serving OWES
 * ({@code IN_REVIEW}), in the public catalogue ({@code PUBLISHED}), sent back with a comment
 * ({@code RETURNED}), or taken off by its PES ({@code WITHDRAWN}).
 */
public enum OfferStatus {
    DRAFT, IN_REVIEW, PUBLISHED, RETURNED, WITHDRAWN
}
