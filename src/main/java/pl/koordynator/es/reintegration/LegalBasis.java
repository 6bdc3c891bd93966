package pl.koordynator.es.reintegration;

/** The Act under which the person is referred. */
public enum LegalBasis {
    /** ustawa o zatrudnieniu socjalnym (CIS, KIS) */
    SOCIAL_EMPLOYMENT_ACT,
    /** ustawa o pomocy społecznej (contract, social work) */
    SOCIAL_ASSISTANCE_ACT,
    /** ustawa o rynku pracy i służbach zatrudnienia (PUP) */
    LABOUR_MARKET_ACT,
    /** ustawa o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych (ZAZ, WTZ) */
    REHABILITATION_ACT,
    /** ustawa o ekonomii społecznej (social enterprise, reintegration services) */
    SOCIAL_ECONOMY_ACT,
    OTHER
}
