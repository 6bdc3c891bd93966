package pl.koordynator.es.programme;

public enum ProgrammeStatus {
    DRAFT, IN_FORCE, REPLACED
}
