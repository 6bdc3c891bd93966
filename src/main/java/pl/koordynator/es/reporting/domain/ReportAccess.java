package pl.koordynator.es.reporting.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may touch reports: ADMIN all of them, an OWES user those of the OWES they act for (see
 * {@link Caller}); nobody else. Another OWES's report does not exist for an OWES user.
 */
@Component
public class ReportAccess {

    private final UserAccounts accounts;

    ReportAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The caller who reports or reviews; refuses everybody else, the staff of a closed OWES too. */
    public Reporter reporter() {
        Caller caller = accounts.caller();
        if (caller.admin()) {
            return new Reporter(caller.user(), null);
        }
        if (caller.owesId() != null) {
            return new Reporter(caller.user(), caller.owesId());
        }
        throw new AccessDeniedException("only ROPS and the staff of an open OWES work with reports");
    }

    /** Whether the caller works with reports at all: what {@link #reporter()} lets through. */
    public boolean mayReport() {
        Caller caller = accounts.caller();
        return caller.admin() || caller.owesId() != null;
    }

    /** The caller and the OWES they are limited to (null for ADMIN, who sees every OWES). */
    public record Reporter(CurrentUser user, Long owesId) {

        public boolean admin() {
            return user.is(Role.ADMIN);
        }

        public boolean maySee(long reportOwesId) {
            return owesId == null || owesId == reportOwesId;
        }

        public String username() {
            return user.username();
        }
    }
}
