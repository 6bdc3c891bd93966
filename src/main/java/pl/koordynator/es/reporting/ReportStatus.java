package pl.koordynator.es.reporting;

/** Where a report is in its workflow; only DRAFT and RETURNED reports may be edited. */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
