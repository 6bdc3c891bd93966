package pl.koordynator.es.committee;

import jakarta.validation.constraints.NotNull;

/** A member's vote at a meeting as ROPS records it on the member's behalf. */
public record NamedVote(long memberId, @NotNull VoteChoice choice) {
}
