package pl.koordynator.es.committee;

/** How a document is voted: at a meeting by name or as anonymous counts, or by circulation between meetings (tryb obiegowy) before a deadline. */
public enum VotingMode {
    MEETING_NAMED, MEETING_ANONYMOUS_COUNTS, CIRCULATION
}
