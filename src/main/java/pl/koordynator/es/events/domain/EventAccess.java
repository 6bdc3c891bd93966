package pl.koordynator.es.events.domain;

import org.springframework.stereotype.Component;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with events. ROPS (ADMIN) manages every event and may name any organiser; the
 * staff of an OWES manage the events their OWES organises. Everybody reads published public
 * events; signed-in users also internal ones; drafts only those who manage them.
 */
@Component
public class EventAccess {

    private final UserAccounts accounts;

    EventAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Caller caller() {
        pl.koordynator.es.security.Caller caller = accounts.caller();
        return new Caller(caller.user(), caller.owesId());
    }

    /**
     * The caller (null user when anonymous) and their rights; {@code ownOrganiser} is the open
     * OWES an OWES user organises as, null for everyone else.
     */
    public record Caller(CurrentUser user, Long ownOrganiser) {

        public boolean anonymous() {
            return user == null;
        }

        public boolean admin() {
            return user != null && user.is(Role.ADMIN);
        }

        /** An OWES user of an open OWES; they organise as that OWES. */
        public boolean owesStaff() {
            return ownOrganiser != null;
        }

        public boolean mayCreate() {
            return admin() || owesStaff();
        }

        public boolean mayManage(EventView event) {
            return admin() || (owesStaff() && ownOrganiser.equals(event.organiserId()));
        }

        public boolean maySee(EventView event) {
            if (mayManage(event)) {
                return true;
            }
            return !event.draft() && (event.publicEvent() || user != null);
        }
    }
}
