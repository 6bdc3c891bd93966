package pl.koordynator.es.reintegration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as its two parties see it: the person only by {@code personKey} (the pseudonym; the same
 * person, whoever refers them, has the same key), its state with history, the outcome at exit and the
 * follow-ups, and what the caller may do next.
 *
 * @param personKey     the person's pseudonym, 64 hexadecimal characters
 * @param earlierReferrals how many other referrals of the same person the caller's organisation may see
 * @param version       the version to send with a change
 */
public record ReferralView(long id, String personKey, Party sender, Party receiver, List<RiskGroup> riskGroups,
        LegalBasis legalBasis, LocalDate referredOn, ProgrammeKind programmeKind, String programmeReference,
        LocalDate programmeStart, LocalDate programmeEnd, String notes, ReferralState state, String stateReason,
        LocalDate receivedOn, LocalDate answeredOn, LocalDate startedOn, LocalDate endedOn, ReferralState endedAs,
        ExitOutcome exitOutcome, LocalDate closedOn, List<FollowUp> followUps, List<Change> history,
        int earlierReferrals, Rights rights, long version) {

    /** An organisation of the referral, as the register named it when the referral was sent. */
    public record Party(long id, String name, ReferralPartyKind kind, String powiatTeryt) {
    }

    /** A follow-up 3, 6 or 12 months after the end; {@code outcome} null until recorded. */
    public record FollowUp(OutcomeMoment moment, LocalDate dueOn, ExitOutcome outcome, LocalDate recordedOn) {
    }

    /** A change of state with its reason; {@code by} is the user's display name for the parties. */
    public record Change(ReferralState from, ReferralState to, String reason, LocalDate on, Instant at, String by) {
    }

    /**
     * What the caller may do now: the states they may move it to, and the outcome moments they may record.
     */
    public record Rights(List<ReferralState> transitions, List<OutcomeMoment> outcomes) {
    }
}
