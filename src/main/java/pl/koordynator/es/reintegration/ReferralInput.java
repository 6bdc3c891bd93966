package pl.koordynator.es.reintegration;

import java.time.LocalDate;
import java.util.List;

/**
 * A new referral as the sender writes it. The person is given by {@code personPesel} or, without one,
 * by {@code personSurname} and {@code personBirthDate}; they are turned into the person's key at once
 * and never stored, logged or answered. The sender is the organisation the caller acts for.
 *
 * @param programmeKind      the individual programme planned (IPZS, IPR, IPD), optional
 * @param programmeReference the programme's number or reference in the sender's files, optional
 * @param notes              for the receiving unit, without identifying data, optional
 */
public record ReferralInput(String personPesel, String personSurname, LocalDate personBirthDate, Long receiverId,
        List<RiskGroup> riskGroups, LegalBasis legalBasis, LocalDate referredOn, ProgrammeKind programmeKind,
        String programmeReference, LocalDate programmeStart, LocalDate programmeEnd, String notes) {

    /** Never prints the person: exceptions and debuggers may show a record's text. */
    @Override
    public String toString() {
        return "ReferralInput[receiverId=" + receiverId + ", riskGroups=" + riskGroups + ", legalBasis=" + legalBasis
                + ", referredOn=" + referredOn + ", programmeKind=" + programmeKind + ", person=(hidden)]";
    }
}
