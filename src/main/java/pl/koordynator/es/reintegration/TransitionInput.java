package pl.koordynator.es.reintegration;

import java.time.LocalDate;

/**
 * A change of a referral's state.
 *
 * @param to     the new state (one of {@link ReferralState#next()} of the current one)
 * @param reason required for REJECTED, INTERRUPTED and CANCELLED
 * @param on     the day it happened (today when null; not in the future, not before the referral)
 * @param version the version read, or null to skip the check (the state itself is checked atomically)
 */
public record TransitionInput(ReferralState to, String reason, LocalDate on, Long version) {
}
