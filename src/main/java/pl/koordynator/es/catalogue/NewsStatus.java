package pl.koordynator.es.catalogue;

/** A draft is ROPS's only; a published item is public from its publish time on. */
public enum NewsStatus {
    DRAFT, PUBLISHED
}
