package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.util.List;

/**
 * The social clause measures of one unit in one year. A procurement counts in the year of its notice
 * date for its buyer and the buyer's seat; its lots that were cancelled are left out. A lot's value
 * is its contract value once awarded (its estimate while no contract value is known), else its
 * estimate; a lot with neither counts in {@code lots} and adds nothing to values.
 *
 * @param unitCode              the unit: the region's or a powiat's or gmina's TERYT, or the JST's
 *                              organisation id
 * @param unitName              its name (the JST's name as on its latest procurement)
 * @param procurements          procurements with at least one lot not cancelled
 * @param lots                  lots not cancelled
 * @param lotsWithClauses       lots with any social clause (art. 94, 95, 96(2)(2), a social criterion,
 *                              art. 361; art. 359 alone is not a clause)
 * @param valueTotal            value of all lots, PLN net
 * @param valueWithClauses      value of the lots with any clause
 * @param share                 {@code valueWithClauses} in percent of {@code valueTotal}, two decimals;
 *                              null when the total is 0
 * @param byClause              every clause type in the order of {@link ClauseType}
 * @param contractsWonByPes     awarded lots whose contractor was a PES, and their contract value
 * @param contractsWonBySocialEnterprises awarded lots whose contractor was a social enterprise (PS)
 * @param personsEmployedArt96  persons employed through art. 96(2)(2) clauses as buyers report them
 * @param personsRequiredArt96  persons those clauses required
 * @param publicTasksValue      amount of public tasks commissioned (a winner chosen) in calls of the year
 * @param publicTasksValueToPes the part of it won by PES
 * @param socialServicesValue   value of lots of social services under the light regime (art. 359),
 *                              with or without a clause, reported apart from the clauses
 */
public record ClauseMeasure(ClauseMeasureLevel level, String unitCode, String unitName, int year,
        long procurements, long lots, long lotsWithClauses, BigDecimal valueTotal, BigDecimal valueWithClauses,
        BigDecimal share, List<ClauseShare> byClause, long contractsWonByPes, BigDecimal valueWonByPes,
        long contractsWonBySocialEnterprises, BigDecimal valueWonBySocialEnterprises, long personsEmployedArt96,
        long personsRequiredArt96, BigDecimal publicTasksValue, BigDecimal publicTasksValueToPes,
        BigDecimal socialServicesValue) {

    public ClauseMeasure {
        byClause = byClause == null ? List.of() : List.copyOf(byClause);
    }

    /** The figures of a clause type. */
    public ClauseShare clause(ClauseType type) {
        return byClause.stream().filter(c -> c.type() == type).findFirst().orElseThrow();
    }
}
