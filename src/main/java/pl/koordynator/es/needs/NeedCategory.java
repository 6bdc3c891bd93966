package pl.koordynator.es.needs;

/** What kind of support a reported need asks for. */
public enum NeedCategory {
    EMPLOYMENT, SOCIAL_SERVICES, REINTEGRATION, HOUSING, CARE, EDUCATION, INFRASTRUCTURE, OTHER
}
