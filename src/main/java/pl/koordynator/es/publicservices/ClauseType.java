package pl.koordynator.es.publicservices;

/**
 * The kinds of social clause a lot may carry. Being a social service under the light regime
 * (art. 359) is not a clause by itself; reserving such a service (art. 361) is.
 */
public enum ClauseType {
    RESERVED_ART94, EMPLOYMENT_CONTRACT_ART95, EMPLOYMENT_ART96, SOCIAL_CRITERION, RESERVED_ART361
}
