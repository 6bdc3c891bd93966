package pl.koordynator.es.publicservices;

/**
 * For whom a lot is reserved under art. 94: sheltered employers (zakłady pracy chronionej and ZAZ),
 * social cooperatives, CIS and KIS, social enterprises (PS), or any contractor whose activity is the
 * social and professional integration of socially marginalised persons (at least 30 % of staff).
 */
public enum ReservedFor {
    SHELTERED_EMPLOYERS, SOCIAL_COOPERATIVES, REINTEGRATION_UNITS, SOCIAL_ENTERPRISES, INTEGRATION_ENTITIES
}
