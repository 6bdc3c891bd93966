package pl.koordynator.es.publicservices;

/** What a PES may be matched to: a procurement (any of its lots) or a public task's open call. */
public enum OpportunityKind {
    PROCUREMENT, PUBLIC_TASK
}
