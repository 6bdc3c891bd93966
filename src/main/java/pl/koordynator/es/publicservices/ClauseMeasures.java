package pl.koordynator.es.publicservices;

import java.util.List;
import java.util.Optional;

/**
 * The social clause measures of procurements and public tasks (see {@link ClauseMeasure} for what is
 * counted): per unit of a level and year, for the region, and a JST's history. Public figures, the
 * same for every caller, cached while the module's tables are unchanged.
 */
public interface ClauseMeasures {

    /**
     * Every unit of the level in the year: all gminas or powiats of the region (those without data
     * with zeros), the region, or each JST that was a buyer or commissioned a public task in the year.
     * Sorted by TERYT, JST by name.
     */
    List<ClauseMeasure> measures(int year, ClauseMeasureLevel level);

    /** The region in the year (zeros when nothing was entered). */
    ClauseMeasure region(int year);

    /** Years with a procurement or public task, ascending; the current year alone while there is none. */
    List<Integer> years();

    /**
     * A JST's history: empty when the organisation is not a JST of the register. A JST that has not
     * bought anything yet has an empty history.
     */
    Optional<JstClauseHistory> history(long organisationId);

    /** JST that bought in the year without a social clause in any lot, by name. */
    List<ClauseMeasure> jstWithoutClauses(int year);
}
