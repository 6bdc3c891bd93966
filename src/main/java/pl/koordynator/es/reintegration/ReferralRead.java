package pl.koordynator.es.reintegration;

import java.time.Instant;

/** One read of a referral in the read log: who, when, which, how. */
public record ReferralRead(long id, long referralId, long userId, String username, Instant readAt,
        ReadChannel channel) {
}
