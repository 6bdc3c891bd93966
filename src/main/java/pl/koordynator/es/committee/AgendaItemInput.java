package pl.koordynator.es.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agenda item: its title and who presents it. */
public record AgendaItemInput(@NotBlank @Size(max = 300) String title, @Size(max = 200) String presenter) {
}
