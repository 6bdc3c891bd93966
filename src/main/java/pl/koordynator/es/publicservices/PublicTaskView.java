package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A public task as stored; {@code winnerPes} what the register said of the winner when it was entered. */
public record PublicTaskView(long id, long version, long jstId, String jstName, String jstGminaTeryt,
        String callTitle, String callNumber, PublicBenefitArea area, LocalDate callDate, LocalDate offerDeadline,
        BigDecimal amount, Long winnerId, String winnerName, String winnerNip, boolean winnerPes,
        LocalDate periodStart, LocalDate periodEnd) {

    /** Open for offers on the day given. */
    public boolean openOn(LocalDate day) {
        return offerDeadline != null && !offerDeadline.isBefore(day);
    }
}
