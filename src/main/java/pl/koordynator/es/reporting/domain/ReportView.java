package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import pl.koordynator.es.reporting.ReportStatus;

/**
 * A report as the API and the pages show it. {@code values} maps an indicator code (or
 * {@code CODE.CELL} for a breakdown cell) to a number or a text; {@code comments} holds the
 * OWES's reasons for overriding a known value; {@code reviewComments} ROPS's comments per
 * indicator when it returned the report.
 */
public record ReportView(long id, String templateCode, int templateVersion, long templateId, long owesId,
        String owesName, String period, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline,
        ReportStatus status, Map<String, Object> values, Map<String, String> comments,
        Map<String, String> reviewComments, String returnComment, String reopenReason, OffsetDateTime submittedAt,
        OffsetDateTime decidedAt, String decidedBy, long version, boolean overdue) {

    public boolean editable() {
        return status.editable();
    }

    /** The number of an indicator's total (or of a cell), null when not given or not a number. */
    public BigDecimal number(String key) {
        return values.get(key) instanceof BigDecimal number ? number : null;
    }
}
