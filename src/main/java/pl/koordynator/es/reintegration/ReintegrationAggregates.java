package pl.koordynator.es.reintegration;

/**
 * The anonymous aggregates of reintegration referrals, for every signed-in user (ROPS, OWES, the committee
 * see nothing else of the referrals). Read from the anonymous statistic kept for each referral, which stays
 * when a referral is erased, so a year's counts never change through retention or erasure.
 */
public interface ReintegrationAggregates {

    /**
     * The table of a year (2000 to next year) or one of its quarters (1–4, null for the year) at a level.
     * A bad year or quarter is an {@code InvalidInputException} naming {@code year} or {@code quarter}.
     */
    AggregateTable table(int year, Integer quarter, AggregateLevel level);

    /** The cooperation map of a year or quarter, validated as {@link #table}. */
    CooperationMap cooperation(int year, Integer quarter);
}
