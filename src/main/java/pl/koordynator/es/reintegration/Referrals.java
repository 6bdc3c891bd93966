package pl.koordynator.es.reintegration;

import java.util.List;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The referrals: a user of a sending organisation (a PARTNER of an OPS, PCPR or PUP; a PES user of a
 * reintegration unit or social enterprise) sends one; the users of the receiving unit answer it, run
 * the programme and record the outcomes. A referral exists only for the users of its two
 * organisations: to anyone else, ROPS included, it is a {@code NotFoundException}. Every read is
 * written to the read log. A bad value is an {@code InvalidInputException} naming the field and
 * changes nothing; a move not allowed from the current state is a {@code ConflictException}.
 */
public interface Referrals {

    ReferralView send(ReferralInput input);

    /** One referral, its read logged under the channel. */
    ReferralView referral(long id, ReadChannel channel);

    /** The referrals of the caller's organisation, newest first, each read logged as LIST. */
    PageOf<ReferralSummary> referrals(ReferralQuery query, Paging paging, ReadChannel channel);

    ReferralView transition(long id, TransitionInput input);

    ReferralView recordOutcome(long id, OutcomeInput input);

    /** The organisations the caller may refer to: open reintegration units and social enterprises of the region, by name. */
    List<ReferralView.Party> receivingUnits();

    /** Whether the caller may send referrals at all (shows the "new referral" button). */
    boolean maySend();
}
