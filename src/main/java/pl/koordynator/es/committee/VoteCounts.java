package pl.koordynator.es.committee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The counts of an anonymous vote at a meeting, as the chair announced them. */
public record VoteCounts(@NotNull @PositiveOrZero Integer forVotes, @NotNull @PositiveOrZero Integer against,
        @NotNull @PositiveOrZero Integer abstain) {
}
