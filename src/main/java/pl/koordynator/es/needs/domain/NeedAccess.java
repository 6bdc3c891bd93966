package pl.koordynator.es.needs.domain;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may report needs: ROPS (ADMIN), the staff of an OWES and the representatives of a PES, and
 * partners from a local government (JST) or a social assistance unit (JSPS); each of the last
 * three for the organisation their account belongs to. Committee members, other partners and
 * anonymous visitors read the published needs only.
 */
@Component
public class NeedAccess {

    /** Partners that speak for a gmina's or powiat's needs. */
    static final Set<Kind> LOCAL_GOVERNMENT = Set.of(Kind.JST, Kind.JSPS);

    private final UserAccounts accounts;

    NeedAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The caller as the needs module sees them. */
    public Viewer viewer() {
        Caller caller = accounts.caller();
        return caller.anonymous() ? Viewer.ANONYMOUS : new Viewer(caller.user(), reporter(caller).orElse(null));
    }

    static Optional<Reporter> reporter(Caller caller) {
        Optional<Reporter> organisation = Optional.ofNullable(caller.organisation())
                .map(o -> new Reporter(o.id(), o.name()));
        if (caller.admin()) {
            return Optional.of(organisation.orElse(new Reporter(null, null)));
        }
        boolean speaksForIt = caller.is(Role.OWES) || caller.is(Role.PES) || (caller.is(Role.PARTNER)
                && caller.organisation() != null && LOCAL_GOVERNMENT.contains(Kind.valueOf(caller.organisation().kind())));
        return speaksForIt ? organisation : Optional.empty();
    }

    /** The organisation a need is reported for; none for ROPS staff whose account has none. */
    public record Reporter(Long organisationId, String organisationName) {
    }

    /** The caller (null when anonymous) and, when they may report needs, for which organisation. */
    public record Viewer(CurrentUser user, Reporter reporter) {

        static final Viewer ANONYMOUS = new Viewer(null, null);

        public boolean anonymous() {
            return user == null;
        }

        public boolean admin() {
            return user != null && user.is(Role.ADMIN);
        }

        public boolean mayReport() {
            return reporter != null;
        }

        /** Submitted by the caller, or reported for the organisation the caller reports for. */
        public boolean owns(NeedView need) {
            if (user == null) {
                return false;
            }
            return need.submittedBy().equalsIgnoreCase(user.username()) || (reporter != null
                    && reporter.organisationId() != null && reporter.organisationId().equals(need.organisationId()));
        }

        public boolean maySee(NeedView need) {
            return need.published() || admin() || owns(need);
        }

        /** Who submitted and decided it and why it was rejected: ROPS and the reporting side. */
        public boolean maySeeDetails(NeedView need) {
            return admin() || owns(need);
        }

        /** The reporting side may correct it until ROPS decides; ROPS may correct it before publishing. */
        public boolean mayEdit(NeedView need) {
            return need.submitted() && mayEditAnyState(need);
        }

        boolean mayEditAnyState(NeedView need) {
            return admin() || (mayReport() && owns(need));
        }

        /** Only the reporting side withdraws; ROPS rejects with a reason instead. */
        public boolean mayWithdraw(NeedView need) {
            return need.submitted() && mayWithdrawAnyState(need);
        }

        boolean mayWithdrawAnyState(NeedView need) {
            return mayReport() && owns(need);
        }

        public boolean mayPublish(NeedView need) {
            return admin() && need.submitted();
        }

        /** A waiting need is rejected; a published one is withdrawn from publication, also with a reason. */
        public boolean mayReject(NeedView need) {
            return admin() && !need.rejected();
        }

        NeedView present(NeedView need) {
            return maySeeDetails(need) ? need : need.forPublic();
        }
    }
}
