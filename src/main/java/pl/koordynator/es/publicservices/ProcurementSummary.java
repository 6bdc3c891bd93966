package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A line of a list of procurements. {@code lotsWonByPes}: lots whose contractor was a PES. */
public record ProcurementSummary(long id, long buyerId, String buyerName, String title, String noticeNumber,
        ProcurementProcedure procedure, LocalDate noticeDate, LocalDate bidDeadline, String gminaTeryt,
        String gminaName, BigDecimal estimatedValue, BigDecimal awardedValue, List<ClauseType> clauses, int lots,
        int lotsAwarded, int lotsWonByPes) {
}
