package pl.koordynator.es.networks;

/** A declared tie was created, changed or confirmed; ids only, listeners ask for more. */
public record TiesChanged(long tieId, long fromOrganisationId, long toOrganisationId) {
}
