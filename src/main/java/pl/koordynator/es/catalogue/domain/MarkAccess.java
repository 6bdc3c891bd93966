package pl.koordynator.es.catalogue.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with the mark. A PES applies for its own offers and reads its applications; an
 * OWES does the same for the PES it serves; the board (Kapituła: ROPS administrators and the users
 * ROPS gives the function, whatever their role) reads every application and votes; ROPS decides,
 * revokes and names the board. Visitors read the valid marks only.
 */
@Component
class MarkAccess {

    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    MarkAccess(UserAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    Caller caller() {
        return accounts.caller();
    }

    String username() {
        Caller caller = caller();
        return caller.anonymous() ? "system" : caller.username();
    }

    boolean onBoard() {
        Caller caller = caller();
        if (caller.anonymous()) {
            return false;
        }
        return caller.admin() || jdbc.sql("select count(*) from catalogue_mark_board_member where user_id = :id")
                .param("id", caller.user().id()).query(Long.class).single() > 0;
    }

    /** The caller's PES, or a PES its OWES serves. */
    boolean actsFor(OrganisationView organisation) {
        Caller caller = caller();
        return caller.pesId() != null && caller.pesId() == organisation.id()
                || caller.owesId() != null && caller.owesId().equals(organisation.owesId());
    }

    void requireApplicant(OrganisationView organisation) {
        if (!actsFor(organisation)) {
            throw new AccessDeniedException("only the PES or its serving OWES apply for the mark of an offer");
        }
    }

    void requireBoard() {
        if (!onBoard()) {
            throw new AccessDeniedException("only the mark's board votes");
        }
    }

    void requireAdmin(String what) {
        if (!caller().admin()) {
            throw new AccessDeniedException("only ROPS " + what);
        }
    }
}
