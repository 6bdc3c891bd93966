package pl.koordynator.es.programme;

/** The levels of a programme's tree above its indicators; a project's effects hang on a PROJECT node. */
public enum NodeLevel {
    PRIORITY, OBJECTIVE, ACTION, PROJECT
}
