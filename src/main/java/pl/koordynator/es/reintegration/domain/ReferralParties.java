package pl.koordynator.es.reintegration.domain;

import pl.koordynator.es.reintegration.ReferralState;

/** The facts of a referral that its access rules need. */
public record ReferralParties(long id, long senderId, long receiverId, ReferralState state) {
}
