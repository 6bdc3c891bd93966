package pl.koordynator.es.committee;

import jakarta.validation.constraints.NotNull;

/** A member's own vote. */
public record VoteInput(@NotNull VoteChoice choice) {
}
