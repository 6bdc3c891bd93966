package pl.koordynator.es.programme.domain;

import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who sees what of the programme: ROPS, OWES staff and committee members the whole monitoring
 * (drafts, replaced versions, every indicator); visitors, PES and partners the public indicators
 * of versions in force, as the public progress page shows them.
 */
@Component
class ProgrammeAccess {

    private final UserAccounts accounts;

    ProgrammeAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    Caller caller() {
        return accounts.caller();
    }

    boolean seesAll() {
        Caller caller = accounts.caller();
        return caller.is(Role.ADMIN) || caller.is(Role.OWES) || caller.is(Role.COMMITTEE);
    }
}
