package pl.koordynator.es.committee;

/** Whether the addressee took a position of the sector into account. */
public enum TakenIntoAccount {
    YES, PARTLY, NO, NO_ANSWER
}
