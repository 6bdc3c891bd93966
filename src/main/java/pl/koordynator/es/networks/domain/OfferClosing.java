package pl.koordynator.es.networks.domain;

/** Closing an offer: whether it led to a tie, and which declared tie when known. */
public record OfferClosing(Boolean ledToTie, Long tieId, Long version) {
}
