package pl.koordynator.es.networks;

/** What a need asks for or an offer gives; needs and offers match by category and territory. */
public enum OfferCategory {
    CATERING, CLEANING, CONSTRUCTION, GREENERY, CARE_SERVICES, PRINTING, IT_SERVICES, EDUCATION, EVENTS,
    HANDICRAFT, TRANSPORT, RESEARCH, VOLUNTEERING, OTHER
}
