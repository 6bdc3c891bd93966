package pl.koordynator.es.localplans;

/**
 * The coverage of the region by local plans: every gmina and powiat with the status of its plan, the
 * counts per status, plans expiring within a year and the gminas the priority index puts first that
 * have no active plan. Public figures (a public body's plan is public information): a visitor reads
 * them too, without the plans' titles and links, which need an account like the plans themselves.
 */
public interface LocalPlanCoverage {

    /** The whole coverage, today. */
    default LocalPlanCoverageView coverage() {
        return coverage(null, null);
    }

    /**
     * The coverage with its list of units filtered by powiat (4-digit TERYT of the region: the powiat and
     * its gminas) and status, both optional; counts, expiring plans and priority gminas stay whole. An
     * unknown powiat is an {@code InvalidInputException} naming {@code powiatTeryt}.
     */
    LocalPlanCoverageView coverage(String powiatTeryt, CoverageStatus status);
}
