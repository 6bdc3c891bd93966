package pl.koordynator.es.catalogue;

/** Where an application for the mark stands; DRAFT and SUBMITTED are open. */
public enum MarkApplicationStatus {
    DRAFT, SUBMITTED, GRANTED, REFUSED, WITHDRAWN;

    public boolean open() {
        return this == DRAFT || this == SUBMITTED;
    }
}
