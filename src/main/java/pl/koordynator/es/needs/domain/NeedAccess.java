package pl.koordynator.es.needs.domain;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
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
    private final Organisations organisations;

    NeedAccess(UserAccounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** The caller as the needs module sees them; the registry is asked once per call. */
    public Viewer viewer() {
        return accounts.current().map(user -> new Viewer(user, reporter(user).orElse(null)))
                .orElse(Viewer.ANONYMOUS);
    }

    Optional<Reporter> reporter(CurrentUser user) {
        Optional<OrganisationView> organisation = user.organisationId() == null ? Optional.empty()
                : organisations.find(user.organisationId()).filter(o -> o.status() != OrganisationStatus.CLOSED);
        if (user.is(Role.ADMIN)) {
            return Optional.of(organisation.map(o -> new Reporter(o.id(), o.name()))
                    .orElse(new Reporter(null, null)));
        }
        boolean speaksForIt = user.is(Role.OWES) || user.is(Role.PES)
                || (user.is(Role.PARTNER) && organisation.map(o -> LOCAL_GOVERNMENT.contains(o.kind())).orElse(false));
        return speaksForIt ? organisation.map(o -> new Reporter(o.id(), o.name())) : Optional.empty();
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
