package pl.koordynator.es.reintegration;

/** The person's situation at the end of the programme and at each follow-up. */
public enum ExitOutcome {
    OPEN_MARKET_EMPLOYMENT, SOCIAL_ENTERPRISE_EMPLOYMENT, OWN_BUSINESS, EDUCATION_OR_TRAINING,
    SOCIAL_ASSISTANCE, OTHER;

    /** Counts as an employment outcome for the programme's measures. */
    public boolean employment() {
        return this == OPEN_MARKET_EMPLOYMENT || this == SOCIAL_ENTERPRISE_EMPLOYMENT || this == OWN_BUSINESS;
    }
}
