package pl.koordynator.es.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Settings ROPS changes: how many days ahead of a meeting invitations go out (7 by default). */
public record CommitteeSettings(@NotNull @Min(1) @Max(60) Integer invitationDaysAhead) {
}
