package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;

/** Input that passed {@link ProgrammeRules}: trimmed, defaults filled in. */
final class Checked {

    private Checked() {
    }

    record Programme(String name, boolean project, String reference, int startYear, int endYear,
            String resolutionNumber, LocalDate resolutionDate, ProgrammeStatus status, boolean demo,
            List<Node> nodes) {
    }

    record Node(Long id, NodeLevel level, String code, String name, BigDecimal weight, String comment,
            List<Long> responsible, List<Long> partners, BigDecimal budgetPlanned, BigDecimal budgetSpent,
            String actionStatus, List<Long> implementsActions, List<Node> children, List<IndicatorNode> indicators) {
    }

    record IndicatorNode(Long id, Indicator indicator) {
    }

    record Indicator(String code, String name, String unit, Direction direction, TimeAggregation aggregation,
            BigDecimal weight, BigDecimal baselineValue, Integer baselineYear, List<IndicatorView.Target> targets,
            String kpresReference, boolean publicIndicator, ValueSource source, String measure, String comment) {
    }
}
