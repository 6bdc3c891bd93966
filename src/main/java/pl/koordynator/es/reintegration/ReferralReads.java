package pl.koordynator.es.reintegration;

import java.time.LocalDate;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** The read log of referrals, newest first; ROPS administrators only. */
public interface ReferralReads {

    /**
     * @param referralId one referral's reads, or null
     * @param username   one user's reads (exact user name, any case), or null
     */
    PageOf<ReferralRead> reads(Long referralId, String username, LocalDate from, LocalDate to, Paging paging);
}
