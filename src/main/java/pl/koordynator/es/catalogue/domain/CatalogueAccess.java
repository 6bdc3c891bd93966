package pl.koordynator.es.catalogue.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with offers and inquiries, in one place. A PES writes the offers of its own
 * organisation; an OWES those of the PES it serves (the register's {@code owesId}); ROPS (ADMIN)
 * all of them. ROPS and the serving OWES publish and return offers. Inquiries are read by the PES
 * that got them only; ROPS sees their counts. Everyone else reads published offers.
 */
@Component
public class CatalogueAccess {

    private final UserAccounts accounts;
    private final Organisations organisations;

    CatalogueAccess(UserAccounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    public Viewer viewer() {
        return new Viewer(accounts.caller());
    }

    /** The organisation an offer is written for, or nothing when it does not exist. */
    Optional<OrganisationView> organisation(long organisationId) {
        return organisations.find(organisationId);
    }

    /** The ids of the PES an OWES serves, to scope its lists. */
    List<Long> servedBy(long owesId) {
        return organisations.activePesServedBy(owesId).stream().map(OrganisationView::id).toList();
    }

    public record Viewer(Caller caller) {

        public boolean admin() {
            return caller.admin();
        }

        public boolean anonymous() {
            return caller.anonymous();
        }

        public Long userId() {
            return caller.signedIn().map(user -> user.id()).orElse(null);
        }

        /** Writes the offers of the organisation: its PES, the OWES serving it, ROPS. */
        public boolean mayWrite(OrganisationView organisation) {
            return admin() || caller.actsFor(organisation.id()) && caller.pesId() != null
                    || serves(organisation);
        }

        /** Publishes and returns the offers of the organisation: ROPS and the OWES serving it. */
        public boolean mayReview(OrganisationView organisation) {
            return admin() || serves(organisation);
        }

        private boolean serves(OrganisationView organisation) {
            return caller.owesId() != null && caller.owesId().equals(organisation.owesId());
        }

        public void requireWrite(OrganisationView organisation) {
            if (!mayWrite(organisation)) {
                throw new AccessDeniedException("not an offer writer of organisation " + organisation.id());
            }
        }

        public void requireReview(OrganisationView organisation) {
            if (!mayReview(organisation)) {
                throw new AccessDeniedException("not a reviewer of organisation " + organisation.id());
            }
        }

        /** The PES whose inquiries the caller reads; only a PES account has one. */
        public long requirePes() {
            if (caller.pesId() == null) {
                throw new AccessDeniedException("only a PES reads its inquiries");
            }
            return caller.pesId();
        }

        public void requireAdmin(String what) {
            if (!admin()) {
                throw new AccessDeniedException("only ROPS " + what);
            }
        }
    }
}
