package pl.koordynator.es.committee;

/** What the committee adopts. */
public enum DocumentType {
    RESOLUTION, OPINION, POSITION, LETTER
}
