package pl.koordynator.es.reintegration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands, after the FHIR referral task: sent → received → accepted or rejected →
 * in programme → completed or interrupted; recording the outcome at exit moves a completed or
 * interrupted referral to follow-up. An accepted referral whose person never starts the programme is
 * interrupted straight away (with a reason), so it can be closed and its exit outcome recorded. The
 * sender may cancel it until it is answered.
 */
public enum ReferralState {
    SENT, RECEIVED, ACCEPTED, REJECTED, IN_PROGRAMME, COMPLETED, INTERRUPTED, FOLLOW_UP, CANCELLED;

    /** The states a user may move a referral to from this one (FOLLOW_UP follows the exit outcome). */
    public Set<ReferralState> next() {
        return switch (this) {
            case SENT -> EnumSet.of(RECEIVED, ACCEPTED, REJECTED, CANCELLED);
            case RECEIVED -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(IN_PROGRAMME, INTERRUPTED);
            case IN_PROGRAMME -> EnumSet.of(COMPLETED, INTERRUPTED);
            case REJECTED, COMPLETED, INTERRUPTED, FOLLOW_UP, CANCELLED -> EnumSet.noneOf(ReferralState.class);
        };
    }

    /** Whether moving here needs a reason (rejected, interrupted, cancelled). */
    public boolean needsReason() {
        return this == REJECTED || this == INTERRUPTED || this == CANCELLED;
    }

    /** The referral has ended: nothing more happens to it except follow-ups. */
    public boolean closed() {
        return this == REJECTED || this == CANCELLED || this == COMPLETED || this == INTERRUPTED || this == FOLLOW_UP;
    }

    /** The receiving unit took the person on (accepted at some point). */
    public boolean accepted() {
        return this == ACCEPTED || this == IN_PROGRAMME || this == COMPLETED || this == INTERRUPTED || this == FOLLOW_UP;
    }
}
