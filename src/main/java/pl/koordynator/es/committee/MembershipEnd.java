package pl.koordynator.es.committee;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Ending a membership before its term ends, on one of the grounds of art. 57(3). */
public record MembershipEnd(@NotNull LocalDate endedOn, @NotNull EndReason reason) {
}
