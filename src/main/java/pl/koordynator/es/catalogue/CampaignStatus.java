package pl.koordynator.es.catalogue;

/** A draft campaign is ROPS's only; a published one has its public results page. */
public enum CampaignStatus {
    DRAFT, PUBLISHED
}
