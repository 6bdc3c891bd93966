package pl.koordynator.es.publicservices;

/**
 * The procedure of a procurement: the basic mode below the EU thresholds (art. 275), the EU-threshold
 * modes, the light regime for social and other special services (art. 359), and the rest.
 */
public enum ProcurementProcedure {
    BASIC, OPEN_TENDER, RESTRICTED_TENDER, NEGOTIATED_WITH_NOTICE, COMPETITIVE_DIALOGUE,
    NEGOTIATED_WITHOUT_NOTICE, FREE_HAND, SOCIAL_SERVICES, OTHER
}
