package pl.koordynator.es.needs.domain;

/** ROPS's decision on a need: the version it read and, for a rejection, the reason. */
public record NeedDecision(String reason, Long version) {
}
