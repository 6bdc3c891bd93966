package pl.koordynator.es.networks;

/** What a network is: a regional PES network by branch or by theme, a reintegration network (CIS–KIS convent), the OWES network, a cross-sector partnership. */
public enum NetworkKind {
    PES_BRANCH, PES_THEME, REINTEGRATION, OWES, CROSS_SECTOR, OTHER
}
