package pl.koordynator.es.reintegration.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reintegration.OutcomeInput;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralInput;
import pl.koordynator.es.reintegration.ReferralQuery;
import pl.koordynator.es.reintegration.ReferralRead;
import pl.koordynator.es.reintegration.ReferralReads;
import pl.koordynator.es.reintegration.ReferralSummary;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.Referrals;
import pl.koordynator.es.reintegration.TransitionInput;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** The referrals and their read log (work in progress: the first cut compiles so others can build on it). */
@Service
@Transactional
public class ReferralService implements Referrals, ReferralReads {

    private final ReintegrationAccess access;

    ReferralService(ReintegrationAccess access) {
        this.access = access;
    }

    @Override
    public ReferralView send(ReferralInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public ReferralView referral(long id, ReadChannel channel) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PageOf<ReferralSummary> referrals(ReferralQuery query, Paging paging, ReadChannel channel) {
        return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
    }

    @Override
    public ReferralView transition(long id, TransitionInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public ReferralView recordOutcome(long id, OutcomeInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<ReferralView.Party> receivingUnits() {
        return List.of();
    }

    @Override
    public boolean maySend() {
        return access.maySend();
    }

    @Override
    public PageOf<ReferralRead> reads(Long referralId, String username, LocalDate from, LocalDate to, Paging paging) {
        access.requireReadLog();
        return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
    }
}
