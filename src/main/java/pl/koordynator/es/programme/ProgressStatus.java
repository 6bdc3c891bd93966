package pl.koordynator.es.programme;

/** Where an indicator (or a node of the tree) stands against the trajectory from its baseline to its target. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, OFF_TRACK,
    /** No target for the period or no value yet: nothing to judge. */
    NO_DATA
}
