package pl.koordynator.es.localplans;

/**
 * Filters of the plan list, each optional: status, the powiat (its gminas' plans and its own), the
 * supporting OWES, a text in the title or the unit's name.
 */
public record LocalPlanQuery(LocalPlanStatus status, String powiatTeryt, Long owesId, String text) {

    public static final LocalPlanQuery ALL = new LocalPlanQuery(null, null, null, null);
}
