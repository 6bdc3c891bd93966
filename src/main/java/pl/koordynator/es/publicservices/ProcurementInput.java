package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A procurement as its buyer (or ROPS, or an import) enters it. {@code buyerId}: a public body of
 * the register (JST, JSPS, IRP or other); {@code noticeNumber} like {@code 2025/BZP 00398118/01};
 * {@code ocdsId} like {@code ocds-148610-…}; {@code cpvCodes} like {@code 85311000-2}; values in PLN
 * net; an awarded value above ten times the estimate needs {@code valueComment}; {@code gminaTeryt}
 * where it is performed (the buyer's gmina when left out); at least one lot.
 */
public record ProcurementInput(
        @NotNull Long buyerId,
        @NotBlank @Size(min = 3, max = 500) String title,
        @Size(max = 60) String noticeNumber,
        @Size(max = 120) String ocdsId,
        List<@NotBlank @Size(max = 10) String> cpvCodes,
        @DecimalMin("0") BigDecimal estimatedValue,
        @DecimalMin("0") BigDecimal awardedValue,
        @Size(max = 1000) String valueComment,
        @NotNull ProcurementProcedure procedure,
        @NotNull LocalDate noticeDate,
        LocalDate bidDeadline,
        @Size(max = 7) String gminaTeryt,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid LotInput> lots) {

    public ProcurementInput {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        lots = lots == null ? List.of() : List.copyOf(lots);
    }
}
