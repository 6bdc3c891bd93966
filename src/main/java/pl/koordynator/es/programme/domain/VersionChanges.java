package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import pl.koordynator.es.programme.domain.ProgrammeView.Change;

/**
 * What changed from one version of a programme to the next, found by comparing the two trees by
 * lineage: nodes and indicators added, removed and renamed, and targets changed. Found on every
 * read rather than stored, so it stays right while a draft version is still being edited.
 */
final class VersionChanges {

    private VersionChanges() {
    }

    static List<Change> between(Stored.Tree previous, Stored.Tree current, Predicate<Stored.Indicator> visible) {
        List<Change> changes = new ArrayList<>();
        Map<UUID, Stored.Node> before = new LinkedHashMap<>();
        previous.nodes().forEach(node -> before.put(node.lineage(), node));
        Map<UUID, Stored.Node> after = new LinkedHashMap<>();
        current.nodes().forEach(node -> after.put(node.lineage(), node));
        for (Stored.Node node : current.nodes()) {
            Stored.Node old = before.get(node.lineage());
            if (old == null) {
                changes.add(new Change("NODE_ADDED", node.code(), null, node.name(), null));
            } else if (!old.name().equals(node.name()) || !old.code().equals(node.code())) {
                changes.add(new Change("NODE_RENAMED", node.code(), old.code() + " " + old.name(),
                        node.code() + " " + node.name(), null));
            }
        }
        for (Stored.Node node : previous.nodes()) {
            if (!after.containsKey(node.lineage())) {
                changes.add(new Change("NODE_REMOVED", node.code(), node.name(), null, null));
            }
        }
        Map<UUID, Stored.Indicator> beforeIndicators = new LinkedHashMap<>();
        previous.indicators().stream().filter(visible).forEach(i -> beforeIndicators.put(i.lineage(), i));
        Map<UUID, Stored.Indicator> afterIndicators = new LinkedHashMap<>();
        current.indicators().stream().filter(visible).forEach(i -> afterIndicators.put(i.lineage(), i));
        for (Stored.Indicator indicator : afterIndicators.values()) {
            IndicatorView now = indicator.view();
            Stored.Indicator old = beforeIndicators.get(indicator.lineage());
            if (old == null) {
                changes.add(new Change("INDICATOR_ADDED", now.code(), null, now.name(), null));
                continue;
            }
            IndicatorView then = old.view();
            if (!then.name().equals(now.name()) || !then.code().equals(now.code())) {
                changes.add(new Change("INDICATOR_RENAMED", now.code(), then.code() + " " + then.name(),
                        now.code() + " " + now.name(), null));
            }
            Map<String, BigDecimal> oldTargets = targets(then);
            Map<String, BigDecimal> newTargets = targets(now);
            TreeSet<String> periods = new TreeSet<>(oldTargets.keySet());
            periods.addAll(newTargets.keySet());
            for (String period : periods) {
                BigDecimal was = oldTargets.get(period);
                BigDecimal is = newTargets.get(period);
                if (!Objects.equals(was == null ? null : was.stripTrailingZeros(),
                        is == null ? null : is.stripTrailingZeros())) {
                    changes.add(new Change("TARGET_CHANGED", now.code(), plain(was), plain(is), period));
                }
            }
        }
        for (Stored.Indicator indicator : beforeIndicators.values()) {
            if (!afterIndicators.containsKey(indicator.lineage())) {
                changes.add(new Change("INDICATOR_REMOVED", indicator.view().code(), indicator.view().name(), null, null));
            }
        }
        return changes;
    }

    private static Map<String, BigDecimal> targets(IndicatorView indicator) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        indicator.targets().forEach(target -> targets.put(target.period(), target.value()));
        return targets;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
