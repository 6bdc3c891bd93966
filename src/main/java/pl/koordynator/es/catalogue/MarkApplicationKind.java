package pl.koordynator.es.catalogue;

/** A first application for the "Zakup Prospołeczny" mark, or the renewal of a licence. */
public enum MarkApplicationKind {
    NEW, RENEWAL
}
