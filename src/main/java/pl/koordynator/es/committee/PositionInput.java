package pl.koordynator.es.committee;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A position of the sector as ROPS enters it. {@code coSignerIds}: organisations of the register;
 * {@code resolutionId}: an adopted committee document. {@code takenIntoAccount} left out is
 * NO_ANSWER.
 */
public record PositionInput(
        @NotBlank @Size(max = 300) String topic,
        @NotBlank @Size(max = 300) String addressee,
        @Size(max = 500) String actTitle,
        @Size(max = 200) String actReference,
        @Size(max = 500) String actLink,
        LocalDate deadline,
        @Size(max = 100) List<@NotNull Long> coSignerIds,
        Long resolutionId,
        @Size(max = 200_000) String text,
        LocalDate submittedOn,
        @Size(max = 20_000) String response,
        LocalDate respondedOn,
        TakenIntoAccount takenIntoAccount) {
}
