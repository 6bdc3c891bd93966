package pl.koordynator.es.networks;

/**
 * A declared tie's state on a given day, computed from its dates and confirmation at read time
 * (no job sweeps them): waiting for the other side, confirmed but not started yet, active, ended,
 * withdrawn by those who entered it. Only confirmed ties count in measures and graphs.
 */
public enum TieStatus {
    UNCONFIRMED, PLANNED, ACTIVE, ENDED, WITHDRAWN
}
