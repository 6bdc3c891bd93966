package pl.koordynator.es.committee;

/** How many votes adopt a document: SIMPLE more for than against; ABSOLUTE more for than half of the current members; TWO_THIRDS_CAST at least two thirds of the votes cast (for, against and abstain) for. */
public enum MajorityRule {
    SIMPLE, ABSOLUTE, TWO_THIRDS_CAST
}
