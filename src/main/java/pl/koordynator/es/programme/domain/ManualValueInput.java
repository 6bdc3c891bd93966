package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;

/**
 * A value entered by hand for a manual indicator.
 *
 * @param period   {@code 2025} or {@code 2025Q2}
 * @param evidence a document's name or a link that proves the value; required
 */
public record ManualValueInput(String period, BigDecimal value, String evidence, String comment) {
}
