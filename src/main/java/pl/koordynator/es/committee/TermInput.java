package pl.koordynator.es.committee;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A term as ROPS enters it; {@code endsOn} left out is three years from the start, less a day. */
public record TermInput(
        @NotNull @Positive Integer number,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @Size(max = 100) String appointingResolutionNumber,
        LocalDate appointingResolutionDate) {
}
