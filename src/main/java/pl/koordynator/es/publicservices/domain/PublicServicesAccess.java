package pl.koordynator.es.publicservices.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with procurements and public tasks, in one place. ROPS (ADMIN) writes any; a
 * PARTNER account writes those whose buyer (or JST) is the institution it acts for; nobody else
 * writes. Procurement notices and open calls are public information: every signed-in user reads
 * them (the URL rules keep anonymous visitors out of the API; pages decide for themselves).
 */
@Component
public class PublicServicesAccess {

    private final UserAccounts accounts;

    PublicServicesAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Caller caller() {
        return accounts.caller();
    }

    /** Whether the caller may write the procurements or public tasks of this public body. */
    public boolean mayWrite(long buyerId) {
        Caller caller = caller();
        return caller.admin() || caller.partnerId() != null && caller.partnerId() == buyerId;
    }

    /** Whether the caller writes any procurement at all (ROPS, or a PARTNER acting for an institution). */
    public boolean mayWriteAny() {
        Caller caller = caller();
        return caller.admin() || caller.partnerId() != null;
    }

    public void requireWrite(long buyerId) {
        if (!mayWrite(buyerId)) {
            throw new AccessDeniedException("not a writer of the procurements of organisation " + buyerId);
        }
    }
}
