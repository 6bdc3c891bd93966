package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A public task a JST commissions after an open call: the call (title, number, area of public
 * benefit, date, deadline for offers), the amount granted (or on offer while the call is open), and
 * once chosen the winner (an organisation of the register, or a name and NIP) and the task's period.
 */
public record PublicTaskInput(
        @NotNull Long jstId,
        @NotBlank @Size(min = 3, max = 500) String callTitle,
        @Size(max = 60) String callNumber,
        @NotNull PublicBenefitArea area,
        @NotNull LocalDate callDate,
        LocalDate offerDeadline,
        @NotNull @DecimalMin("0") BigDecimal amount,
        Long winnerId,
        @Size(max = 500) String winnerName,
        @Size(max = 13) String winnerNip,
        LocalDate periodStart,
        LocalDate periodEnd) {
}
