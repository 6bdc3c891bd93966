package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A lot as stored. {@code clauses} the social clauses it carries (empty: none);
 * {@code contractorPes}/{@code contractorSocialEnterprise} what the register said of the contractor
 * when the contract was entered.
 */
public record LotView(long id, int number, String title, BigDecimal estimatedValue, ReservedFor reservedArt94,
        boolean employmentContractArt95, EmploymentGroup employmentArt96Group, Integer employmentArt96Persons,
        Integer employmentArt96Months, BigDecimal socialCriterionWeight, boolean socialServicesArt359,
        boolean reservedArt361, List<ClauseType> clauses, LotResult result, Integer bidsReceived, Boolean pesBid,
        Boolean socialEnterpriseBid, Long contractorId, String contractorName, String contractorNip,
        boolean contractorPes, boolean contractorSocialEnterprise, BigDecimal contractValue, LocalDate contractStart,
        LocalDate contractEnd, Integer personsEmployed) {

    public boolean hasClause() {
        return !clauses.isEmpty();
    }

    /** What the lot weighs in the measures: the contract's value once awarded, else the estimate. */
    public BigDecimal value() {
        return result == LotResult.AWARDED && contractValue != null ? contractValue : estimatedValue;
    }
}
