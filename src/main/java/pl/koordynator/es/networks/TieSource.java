package pl.koordynator.es.networks;

/**
 * Where a tie comes from: declared by people ({@code DECLARED}), or derived by the platform from
 * people of both organisations attending the same event ({@code EVENT}), an OWES's support record
 * for a PES ({@code SUPPORT}) or membership of the same network in a year ({@code NETWORK}).
 */
public enum TieSource {
    DECLARED, EVENT, SUPPORT, NETWORK;

    public boolean derived() {
        return this != DECLARED;
    }
}
