package pl.koordynator.es.programme;

/** Where an indicator's value comes from: a platform measure, or a person with evidence and an approval. */
public enum ValueSource {
    COMPUTED, MANUAL
}
