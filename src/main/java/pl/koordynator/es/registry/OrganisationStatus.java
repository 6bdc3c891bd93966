package pl.koordynator.es.registry;

/** Closed organisations stay in the register with their history; they are never deleted. */
public enum OrganisationStatus {
    ACTIVE, SUSPENDED, CLOSED
}
