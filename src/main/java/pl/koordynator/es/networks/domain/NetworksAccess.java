package pl.koordynator.es.networks.domain;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with networks, ties and offers. ROPS (ADMIN) everything. The staff of an OWES
 * enter and read ties of the PES their OWES serves (and of their OWES itself); a PES or a partner
 * (PARTNER) those of their own organisation, and confirm ties the other side entered. A network is
 * changed, and its members added or ended, by ROPS or by the staff of its coordinating
 * organisation. Public networks, the graph and the counts of confirmed ties are public; internal
 * networks are read by accounts only. Offers are read by every account and posted by a PES (an
 * offer) or a partner (a need) for their organisation, or by ROPS for anyone.
 */
@Component
public class NetworksAccess {

    private final UserAccounts accounts;

    NetworksAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Viewer viewer() {
        return new Viewer(accounts.caller());
    }

    /** The caller and what they may do. */
    public record Viewer(Caller caller) {

        public boolean anonymous() {
            return caller.anonymous();
        }

        public boolean admin() {
            return caller.admin();
        }

        public String username() {
            return caller.anonymous() ? "system" : caller.username();
        }

        public Long owesId() {
            return caller.owesId();
        }

        /** The organisation a PES or partner account acts for; null for everyone else. */
        public Long ownOrganisationId() {
            return caller.is(Role.PES) || caller.is(Role.PARTNER) ? caller.organisationId() : null;
        }

        /** Whether the caller reads the detailed tie list (values, descriptions, unconfirmed ties). */
        public boolean mayReadTies() {
            return admin() || owesId() != null || ownOrganisationId() != null || caller.is(Role.COMMITTEE);
        }

        /** Whether the caller reads every tie (ROPS, the committee) rather than their own ones. */
        public boolean readsAllTies() {
            return admin() || caller.is(Role.COMMITTEE);
        }

        public boolean mayEnterTies() {
            return admin() || owesId() != null || ownOrganisationId() != null;
        }

        /**
         * Whether the caller speaks for this end of a tie: their own organisation, or for OWES staff
         * a PES their OWES serves or their OWES itself.
         */
        public boolean speaksFor(OrganisationView organisation) {
            if (organisation == null) {
                return false;
            }
            if (admin()) {
                return true;
            }
            if (owesId() != null) {
                return organisation.id() == owesId()
                        || (organisation.kind().isPes() && owesId().equals(organisation.owesId()));
            }
            return ownOrganisationId() != null && ownOrganisationId() == organisation.id();
        }

        public boolean mayReadInternalNetworks() {
            return !anonymous();
        }

        public boolean mayCreateNetworks() {
            return admin();
        }

        /** ROPS, or the staff of the network's coordinating organisation. */
        public boolean mayManage(NetworkView network) {
            return admin() || (network.coordinatorId() != null && caller.actsFor(network.coordinatorId()));
        }

        public boolean mayReadOffers() {
            return !anonymous();
        }

        /** ROPS for anyone; a PES offers and a partner posts needs for their own organisation. */
        public boolean mayPostOffers() {
            return admin() || ownOrganisationId() != null;
        }
    }
}
