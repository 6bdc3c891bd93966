package pl.koordynator.es.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The draft text of a meeting's minutes. */
public record MinutesInput(@NotBlank @Size(max = 200_000) String text) {
}
