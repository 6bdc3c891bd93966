package pl.koordynator.es.localplans;

/**
 * A JST's place in the coverage of the region: the status of its active plan, else of its latest plan,
 * else {@link #NONE}.
 */
public enum CoverageStatus {
    NONE, IN_PREPARATION, IN_CONSULTATION, ADOPTED, EXPIRED, REPLACED;

    public static CoverageStatus of(LocalPlanStatus status) {
        return status == null ? NONE : valueOf(status.name());
    }
}
