package pl.koordynator.es.statistics;

import java.util.Set;

/** Published when imported values or indicator definitions change, after the change is written. */
public record StatisticsChanged(Set<String> codes, Set<Integer> years) {
}
