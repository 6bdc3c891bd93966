package pl.koordynator.es.publicservices.domain;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who sees which matches, in one place. ROPS (ADMIN) all; the PARTNER account of the buyer (or the
 * JST of a call) all matches of its own opportunities; an OWES the matches among the PES it serves;
 * a PES only itself; everyone else nothing. A PES's capacity and bids are written by the PES, the
 * OWES serving it or ROPS; the digest is chosen by the PES or OWES for itself.
 */
@Component
class MatchingAccess {

    private final UserAccounts accounts;
    private final Organisations organisations;

    MatchingAccess(UserAccounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    Viewer viewer() {
        return new Viewer(accounts.caller());
    }

    /** Which PES a viewer may see in the matches of an opportunity of the buyer given; null: all. */
    Scope scopeOfMatches(Viewer viewer, long buyerId) {
        Caller caller = viewer.caller();
        if (caller.admin() || caller.partnerId() != null && caller.partnerId() == buyerId) {
            return Scope.ALL;
        }
        if (caller.owesId() != null) {
            return new Scope(served(caller.owesId()));
        }
        if (caller.pesId() != null) {
            return new Scope(Set.of(caller.pesId()));
        }
        throw new AccessDeniedException("matches of buyer " + buyerId + " are not for this caller");
    }

    /** The PES whose opportunities the caller follows: its own, or those its OWES serves; empty for others. */
    Set<Long> followed(Viewer viewer) {
        Caller caller = viewer.caller();
        if (caller.pesId() != null) {
            return Set.of(caller.pesId());
        }
        if (caller.owesId() != null) {
            return served(caller.owesId());
        }
        return Set.of();
    }

    /** Writes for a PES (its capacity, its bids): the PES itself, the OWES serving it, ROPS. */
    void requireActFor(Viewer viewer, OrganisationView pes) {
        Caller caller = viewer.caller();
        boolean own = caller.pesId() != null && caller.pesId() == pes.id();
        boolean serving = caller.owesId() != null && caller.owesId().equals(pes.owesId());
        if (!(caller.admin() || own || serving)) {
            throw new AccessDeniedException("not acting for organisation " + pes.id());
        }
    }

    /** The PES or OWES the caller's digest is chosen for. */
    long digestOrganisation(Viewer viewer) {
        Caller caller = viewer.caller();
        Long id = caller.pesId() != null ? caller.pesId() : caller.owesId();
        if (id == null) {
            throw new AccessDeniedException("the digest is for PES and OWES accounts");
        }
        return id;
    }

    Set<Long> served(long owesId) {
        return organisations.activePesServedBy(owesId).stream().map(OrganisationView::id)
                .collect(Collectors.toSet());
    }

    record Viewer(Caller caller) {

        Long userId() {
            return caller.signedIn().map(user -> user.id()).orElse(null);
        }
    }

    /** The PES a viewer may see; {@code ids} null for all of them. */
    record Scope(Set<Long> ids) {

        static final Scope ALL = new Scope(null);

        boolean includes(long organisationId) {
            return ids == null || ids.contains(organisationId);
        }
    }
}
