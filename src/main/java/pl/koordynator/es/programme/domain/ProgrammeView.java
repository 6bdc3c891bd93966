package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeStatus;

/**
 * A programme or project version with its tree as it is defined (for editing and the API); the
 * progress in a year is {@link pl.koordynator.es.programme.ProgrammeProgress}.
 *
 * @param series   the id of the first version; every version of the programme shares it
 * @param changes  what changed against the previous version, found by comparing the two trees
 * @param versions every version of the series, oldest first
 */
public record ProgrammeView(long id, long series, int versionNumber, String name, boolean project, String reference,
        int startYear, int endYear, String resolutionNumber, LocalDate resolutionDate, ProgrammeStatus status,
        boolean demo, String changeSummary, List<Change> changes, List<VersionLink> versions, List<NodeView> nodes,
        long version) {

    public record VersionLink(long id, int versionNumber, ProgrammeStatus status, String changeSummary) {
    }

    /** An organisation of the register by id, with its name (null when it is no longer there). */
    public record OrganisationRef(long id, String name) {
    }

    /** A programme action a project implements, in the newest version of its programme that has it. */
    public record ActionRef(long id, long programmeId, String code, String name) {
    }

    public record NodeView(long id, NodeLevel level, String code, String name, int position, BigDecimal weight,
            String comment, List<OrganisationRef> responsible, List<OrganisationRef> partners,
            BigDecimal budgetPlanned, BigDecimal budgetSpent, String actionStatus, List<ActionRef> implementsActions,
            List<NodeView> children, List<IndicatorView> indicators) {
    }

    /**
     * One change against the previous version.
     *
     * @param kind   NODE_ADDED, NODE_REMOVED, NODE_RENAMED, INDICATOR_ADDED, INDICATOR_REMOVED,
     *               INDICATOR_RENAMED or TARGET_CHANGED
     * @param code   the node's or indicator's code (in this version, or the previous one when removed)
     * @param period the target's period for TARGET_CHANGED
     */
    public record Change(String kind, String code, String before, String after, String period) {
    }
}
