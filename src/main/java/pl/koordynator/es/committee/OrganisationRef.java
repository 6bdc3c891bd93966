package pl.koordynator.es.committee;

/** An organisation of the register, by id and its name today. */
public record OrganisationRef(long id, String name) {
}
