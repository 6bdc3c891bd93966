package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A procurement with its lots, for who may see it. {@code gminaName} of {@code gminaTeryt}. */
public record ProcurementView(long id, long version, long buyerId, String buyerName, String buyerKind,
        String buyerGminaTeryt, String title, String noticeNumber, String ocdsId, List<String> cpvCodes,
        BigDecimal estimatedValue, BigDecimal awardedValue, String valueComment, ProcurementProcedure procedure,
        LocalDate noticeDate, LocalDate bidDeadline, String gminaTeryt, String gminaName, List<LotView> lots,
        ProcurementSource source, Instant createdAt, Instant updatedAt) {

    /** The clauses of any of its lots, in the order of {@link ClauseType}. */
    public List<ClauseType> clauses() {
        return lots.stream().flatMap(lot -> lot.clauses().stream()).distinct().sorted().toList();
    }

    /** Open for bids on the day given: the deadline is that day or later. */
    public boolean openOn(LocalDate day) {
        return bidDeadline != null && !bidDeadline.isBefore(day);
    }
}
