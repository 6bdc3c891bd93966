package pl.koordynator.es.localplans;

/**
 * A section's text as an author saves it.
 *
 * @param version the section's version the text was written on (0 before the first save)
 */
public record SectionInput(String text, Integer version) {
}
