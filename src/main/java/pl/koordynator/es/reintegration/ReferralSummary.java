package pl.koordynator.es.reintegration;

import java.time.LocalDate;

/** A referral in a list: no notes, the person only by key. */
public record ReferralSummary(long id, String personKey, ReferralView.Party sender, ReferralView.Party receiver,
        LocalDate referredOn, ReferralState state, ProgrammeKind programmeKind, String programmeReference,
        LocalDate nextFollowUpDue, boolean sentByCaller) {
}
