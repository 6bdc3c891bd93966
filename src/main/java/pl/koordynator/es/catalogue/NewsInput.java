package pl.koordynator.es.catalogue;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A news item as ROPS writes it. The text is plain: paragraphs separated by an empty line, shown
 * escaped, so no markup a writer pastes ever reaches a reader's browser.
 *
 * @param publishAt when it becomes public once published; null for now
 * @param slug      an optional readable name for links ({@code targi-es-2026}): small letters, digits, hyphens
 * @param version   the version read before editing (for an update); null skips the check
 */
public record NewsInput(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 500) String lead,
        @NotBlank @Size(max = 20000) String body, List<NewsCategory> categories, OffsetDateTime publishAt,
        @Size(max = 120) String slug, Integer version) {
}
