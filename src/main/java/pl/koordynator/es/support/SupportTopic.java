package pl.koordynator.es.support;

/** What the support was about. */
public enum SupportTopic {
    LEGAL, ACCOUNTING, MARKETING, BUSINESS_PLAN, REINTEGRATION, PUBLIC_PROCUREMENT, OTHER
}
