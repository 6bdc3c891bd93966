package pl.koordynator.es.catalogue;

/** How a social campaign reaches its audiences. */
public enum CampaignChannel {
    SOCIAL_MEDIA, RADIO, TV, PRESS, OUTDOOR, EVENTS, WEBSITE, NEWSLETTER, PRINTED_MATERIALS
}
