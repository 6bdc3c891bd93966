package pl.koordynator.es.publicservices;

import java.math.BigDecimal;

/**
 * The lots of one clause type and their value, with the share of the unit's whole value in percent
 * (null when that whole is 0). A lot with several clauses counts under each of them.
 */
public record ClauseShare(ClauseType type, long lots, BigDecimal value, BigDecimal share) {
}
