package pl.koordynator.es.shared;

import java.util.List;

/**
 * The cards a module puts on the signed-in user's dashboard ({@code /panel}): its work queues
 * and key figures for the caller's role, each item a link to where the work is done. A module
 * implements it once, in its {@code web} package, and decides from its own access rules which
 * cards the current caller gets; the dashboard only collects, orders and renders them, so no
 * template lists modules or tests roles.
 */
public interface DashboardCards {

    /** The cards for the current caller; empty when the module has nothing for their role. */
    List<DashboardCard> cards();
}
