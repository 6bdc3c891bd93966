package pl.koordynator.es.catalogue;

/** Whom a social campaign addresses. */
public enum CampaignAudience {
    RESIDENTS, JST, BUSINESSES, PES, YOUTH, SENIORS, SCHOOLS, MEDIA
}
