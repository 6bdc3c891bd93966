package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A lot with its clauses and, once known, its outcome. {@code reservedArt94} null when the lot is not
 * reserved; {@code employmentArt96Group} null when no employment is required, else with the number of
 * persons and months; {@code socialCriterionWeight} null when there is no social award criterion.
 * The outcome: {@code result}, bids received, whether a PES or a social enterprise bid, the contractor
 * (an organisation of the register, or a name and NIP), the contract's value and period, and the
 * persons actually employed through the art. 96 clause as the buyer reports them.
 */
public record LotInput(
        @NotNull @Min(1) Integer number,
        @Size(max = 500) String title,
        @DecimalMin("0") BigDecimal estimatedValue,
        ReservedFor reservedArt94,
        Boolean employmentContractArt95,
        EmploymentGroup employmentArt96Group,
        @Min(1) Integer employmentArt96Persons,
        @Min(1) Integer employmentArt96Months,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal socialCriterionWeight,
        Boolean socialServicesArt359,
        Boolean reservedArt361,
        LotResult result,
        @Min(0) Integer bidsReceived,
        Boolean pesBid,
        Boolean socialEnterpriseBid,
        Long contractorId,
        @Size(max = 500) String contractorName,
        @Size(max = 13) String contractorNip,
        @DecimalMin("0") BigDecimal contractValue,
        LocalDate contractStart,
        LocalDate contractEnd,
        @Min(0) Integer personsEmployed) {

    public LotInput {
        employmentContractArt95 = Boolean.TRUE.equals(employmentContractArt95);
        socialServicesArt359 = Boolean.TRUE.equals(socialServicesArt359);
        reservedArt361 = Boolean.TRUE.equals(reservedArt361);
        result = result == null ? LotResult.PENDING : result;
    }

    /** A lot with no clause and no outcome yet, e.g. the only lot of a small procurement. */
    public static LotInput plain(int number, String title, BigDecimal estimatedValue) {
        return new LotInput(number, title, estimatedValue, null, false, null, null, null, null, false, false,
                LotResult.PENDING, null, null, null, null, null, null, null, null, null, null);
    }
}
