package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeStatus;

/** Rows of the programme's tables as the services work with them; never leave the module. */
final class Stored {

    private Stored() {
    }

    record Programme(long id, long series, int versionNumber, String name, boolean project, String reference,
            int startYear, int endYear, String resolutionNumber, LocalDate resolutionDate, ProgrammeStatus status,
            boolean demo, String changeSummary, long version) {

        boolean inForce() {
            return status == ProgrammeStatus.IN_FORCE;
        }
    }

    record Node(long id, Long parentId, UUID lineage, NodeLevel level, String code, String name, int position,
            BigDecimal weight, String comment, BigDecimal budgetPlanned, BigDecimal budgetSpent, String actionStatus,
            List<Long> responsible, List<Long> partners, List<UUID> implementsActions) {
    }

    /** An indicator with the lineage its manual values are kept under. */
    record Indicator(IndicatorView view, UUID lineage, int position) {

        long id() {
            return view.id();
        }
    }

    /** A version's whole tree. */
    record Tree(Programme programme, List<Node> nodes, List<Indicator> indicators) {

        List<Node> children(Long parentId) {
            return nodes.stream().filter(node -> java.util.Objects.equals(node.parentId(), parentId)).toList();
        }

        List<Indicator> indicatorsOf(long nodeId) {
            return indicators.stream().filter(indicator -> indicator.view().nodeId() == nodeId).toList();
        }
    }
}
