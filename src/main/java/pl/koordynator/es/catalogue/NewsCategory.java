package pl.koordynator.es.catalogue;

/** The small dictionary of news topics; a news item has any number of them. */
public enum NewsCategory {
    REGION, GOOD_PRACTICE, FUNDING, TRAINING, PRODUCTS, LAW, CAMPAIGNS
}
