package pl.koordynator.es.committee;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting as ROPS plans it; the number within the term is given by the system. {@code endsAt}
 * left out is two hours after the start. The agenda replaces the previous one on a change (items
 * keep their attachments when their position and title stay).
 */
public record MeetingInput(
        @NotNull Long termId,
        @NotNull OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @NotNull MeetingMode mode,
        @Size(max = 300) String venue,
        @Size(max = 500) String onlineLink,
        @Valid @Size(max = 50) List<AgendaItemInput> agenda) {
}
