package pl.koordynator.es.committee.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with the committee. ROPS (ADMIN) manages everything; committee members
 * (COMMITTEE) read the internal parts (drafts, contact data, online links, draft minutes) and vote
 * as their own membership only; everyone else, signed in or not, reads the public register:
 * terms, the composition without contact data, planned and held meetings, adopted documents,
 * approved minutes and the positions of the sector.
 */
@Component
public class CommitteeAccess {

    private final UserAccounts accounts;

    CommitteeAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Viewer viewer() {
        return new Viewer(accounts.caller());
    }

    public record Viewer(Caller caller) {

        public boolean admin() {
            return caller.admin();
        }

        /** ROPS or a committee member: sees the internal parts. */
        public boolean insider() {
            return caller.admin() || caller.is(Role.COMMITTEE);
        }

        public boolean member() {
            return caller.is(Role.COMMITTEE);
        }

        public Long userId() {
            return caller.signedIn().map(user -> user.id()).orElse(null);
        }

        public String username() {
            return caller.anonymous() ? "system" : caller.username();
        }

        public void requireAdmin(String what) {
            if (!admin()) {
                throw new AccessDeniedException("only ROPS " + what);
            }
        }
    }
}
