package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.List;

import pl.koordynator.es.programme.NodeLevel;

/**
 * A node of the tree: a priority holds objectives, an objective actions, an action (or a
 * project node) indicators. What only an action has is ignored on other levels, except
 * {@code implementsActions}, which only a PROJECT node has.
 *
 * @param id                an existing node of the version being updated; null for a new one
 * @param responsible       register ids of the organisations responsible for an action
 * @param partners          register ids of its partner organisations
 * @param actionStatus      PLANNED, ONGOING, DONE or ABANDONED
 * @param implementsActions ids of programme actions a project implements (any version)
 */
public record NodeInput(Long id, NodeLevel level, String code, String name, BigDecimal weight, String comment,
        List<Long> responsible, List<Long> partners, BigDecimal budgetPlanned, BigDecimal budgetSpent,
        String actionStatus, List<Long> implementsActions, List<NodeInput> children,
        List<IndicatorInput> indicators) {
}
