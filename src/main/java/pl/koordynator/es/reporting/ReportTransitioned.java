package pl.koordynator.es.reporting;

/**
 * A report moved in its workflow (submitted, approved, returned, reopened). {@code from} is null
 * when the report was just created; {@code comment} is the return comment or reopening reason.
 */
public record ReportTransitioned(long reportId, long owesId, String templateCode, String period, ReportStatus from,
        ReportStatus to, String comment, String actorUsername) {
}
