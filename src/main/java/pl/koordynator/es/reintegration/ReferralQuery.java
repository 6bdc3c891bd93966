package pl.koordynator.es.reintegration;

import java.time.LocalDate;

/**
 * Which referrals of the caller's organisation to list.
 *
 * @param side      SENT (the caller's organisation sent them), RECEIVED, or null for both
 * @param state     one state, or null for any
 * @param text      part of the programme reference, the receiving or sending organisation's name, or the
 *                  referral's number; null for any
 * @param personKey one person's referrals (the pseudonym), or null
 * @param followUpDue only referrals with a follow-up due on or before today and not recorded
 */
public record ReferralQuery(Side side, ReferralState state, String text, String personKey, LocalDate from,
        LocalDate to, boolean followUpDue) {

    public enum Side {
        SENT, RECEIVED
    }

    public static ReferralQuery all() {
        return new ReferralQuery(null, null, null, null, null, null, false);
    }
}
