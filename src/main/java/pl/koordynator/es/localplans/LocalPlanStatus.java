package pl.koordynator.es.localplans;

/**
 * Where a plan stands. A JST has at most one active plan (in preparation, in consultation or adopted);
 * an expired or replaced plan stays as history. "No plan" is not a status of a plan but of a JST in
 * the coverage ({@link CoverageStatus#NONE}).
 */
public enum LocalPlanStatus {
    IN_PREPARATION, IN_CONSULTATION, ADOPTED, EXPIRED, REPLACED;

    /** In preparation, in consultation or adopted: the one plan a JST may have at a time. */
    public boolean active() {
        return this == IN_PREPARATION || this == IN_CONSULTATION || this == ADOPTED;
    }
}
