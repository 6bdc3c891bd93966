package pl.koordynator.es.support;

/** A PES counted as supported, with its name as the register shows it today. */
public record SupportedOrganisation(long id, String name) {
}
