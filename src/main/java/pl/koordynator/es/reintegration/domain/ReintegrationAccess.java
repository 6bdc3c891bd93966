package pl.koordynator.es.reintegration.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Who may do what in reintegration, in one place; the module's services check it, pages only ask.
 * <ul>
 * <li>Send a referral: a PARTNER acting for a social assistance unit (JSPS: OPS, PCPR) or a labour
 * market institution (IRP: PUP); a PES user acting for a reintegration unit (CIS, KIS, ZAZ, WTZ) or a
 * social enterprise.
 * <li>Read a referral: only the users acting for its sender or its receiver. To everyone else it does
 * not exist (404), ROPS administrators included: they see aggregates and the read log only.
 * <li>Move it on: the receiver (received, accepted, rejected, in programme, completed, interrupted,
 * the outcomes); the sender cancels it until it is answered.
 * <li>Places of a unit: the unit's own PES users and ROPS write them; everyone reads the numbers.
 * <li>Aggregates: every signed-in user (small cells suppressed); the read log: ROPS administrators.
 * </ul>
 */
@Component
public class ReintegrationAccess {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final Clock clock;
    private final PlatformSettings platform;

    ReintegrationAccess(UserAccounts accounts, Organisations organisations, Clock clock, PlatformSettings platform) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
        this.platform = platform;
    }

    public Caller caller() {
        return accounts.caller();
    }

    /** Today in the region. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(platform.timeZone()));
    }

    /** The organisation the caller sends referrals for, if they may send at all. */
    public Optional<ReferralView.Party> sendingParty() {
        Caller caller = caller();
        Long organisationId = caller.partnerId() != null ? caller.partnerId() : caller.pesId();
        if (organisationId == null) {
            return Optional.empty();
        }
        return party(organisationId).filter(party -> caller.is(Role.PARTNER) ? !party.kind().receives()
                : party.kind().receives());
    }

    /** An open organisation of the register that receives referrals (a unit or social enterprise), else empty. */
    public Optional<ReferralView.Party> receivingParty(long organisationId) {
        return party(organisationId).filter(party -> party.kind().receives());
    }

    /** The organisation as a party of referrals: open and of a kind that takes part, else empty. */
    public Optional<ReferralView.Party> party(long organisationId) {
        return organisations.find(organisationId).filter(organisation -> organisation.status() != OrganisationStatus.CLOSED)
                .flatMap(ReintegrationAccess::asParty);
    }

    static Optional<ReferralView.Party> asParty(OrganisationView organisation) {
        ReferralPartyKind kind = ReferralPartyKind.of(organisation.kind(), organisation.socialEnterprise());
        if (kind == null || organisation.gminaTeryt() == null) {
            return Optional.empty();
        }
        return Optional.of(new ReferralView.Party(organisation.id(), organisation.name(), kind, organisation.powiatTeryt()));
    }

    public boolean maySend() {
        return sendingParty().isPresent();
    }

    public boolean isSender(ReferralParties referral) {
        Caller caller = caller();
        return (caller.partnerId() != null || caller.pesId() != null) && caller.actsFor(referral.senderId());
    }

    public boolean isReceiver(ReferralParties referral) {
        Caller caller = caller();
        return caller.pesId() != null && caller.actsFor(referral.receiverId());
    }

    /** A referral the caller is no party to does not exist for them. */
    public void requireParty(ReferralParties referral) {
        if (!isSender(referral) && !isReceiver(referral)) {
            throw new NotFoundException("referral", referral.id());
        }
    }

    public void requireReceiver(ReferralParties referral) {
        requireParty(referral);
        if (!isReceiver(referral)) {
            throw new AccessDeniedException("only the receiving unit moves referral " + referral.id() + " on");
        }
    }

    public boolean mayEditCapacity(long organisationId) {
        Caller caller = caller();
        return (caller.admin() || caller.pesId() != null && caller.actsFor(organisationId))
                && receivingParty(organisationId).isPresent();
    }

    public void requireEditCapacity(long organisationId) {
        if (!mayEditCapacity(organisationId)) {
            throw new AccessDeniedException("may not change the places of organisation " + organisationId);
        }
    }

    /** The suppressed aggregates: every signed-in user. */
    public boolean mayReadAggregates() {
        return !caller().anonymous();
    }

    public void requireAggregates() {
        if (!mayReadAggregates()) {
            throw new AccessDeniedException("aggregates are for signed-in users");
        }
    }

    public boolean mayReadLog() {
        return caller().admin();
    }

    public void requireReadLog() {
        if (!mayReadLog()) {
            throw new AccessDeniedException("the read log of referrals is for administrators");
        }
    }
}
