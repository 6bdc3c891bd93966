package pl.koordynator.es.support.domain;

import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with support records: ROPS (ADMIN) everything; the staff of an OWES the records
 * of their OWES; the representative of a PES reads their organisation's history. Committee
 * members read the supported-PES counts, without the names of the PES; partners nothing. An OWES
 * or PES account that acts for no open organisation of its kind ({@link Caller}) is refused like a
 * partner.
 */
@Component
public class SupportAccess {

    private final UserAccounts accounts;

    SupportAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Viewer viewer() {
        Caller caller = accounts.caller();
        return caller.anonymous() ? Viewer.ANONYMOUS
                : new Viewer(caller.user(), caller.owesId(), caller.owesId() == null ? null : caller.organisationName(),
                        caller.pesId());
    }

    /** The caller, and the OWES whose records they manage or the PES whose history they read. */
    public record Viewer(CurrentUser user, Long owesId, String owesName, Long pesId) {

        static final Viewer ANONYMOUS = new Viewer(null, null, null, null);

        public boolean admin() {
            return user != null && user.is(Role.ADMIN);
        }

        public boolean mayRead() {
            return admin() || owesId != null || pesId != null;
        }

        public boolean mayWrite() {
            return admin() || owesId != null;
        }

        /** The committee reads the supported-PES counts, as ROPS and the staff of an open OWES do. */
        public boolean mayReadCounts() {
            return admin() || owesId != null || (user != null && user.is(Role.COMMITTEE));
        }

        /**
         * Whose supported PES the caller reads: OWES staff always their own OWES, whatever they
         * ask for; ROPS and the committee the OWES asked for, or all of them.
         */
        Long countsScope(Long askedOwesId) {
            return owesId != null ? owesId : askedOwesId;
        }

        /** Which PES were supported is ROPS's and the supporting OWES's to know; the committee sees counts. */
        boolean maySeeSupportedNames() {
            return admin() || owesId != null;
        }

        public boolean maySee(SupportView record) {
            return admin() || (owesId != null && owesId == record.owesId())
                    || (pesId != null && pesId == record.organisationId());
        }

        public boolean mayChange(SupportView record) {
            return admin() || (owesId != null && owesId == record.owesId());
        }

        /** The query narrowed to what the caller may read. */
        SupportQuery scoped(SupportQuery query) {
            if (admin()) {
                return query;
            }
            if (owesId != null) {
                return new SupportQuery(query.organisationId(), owesId, query.adviser(), query.from(), query.to(),
                        query.form(), query.topic());
            }
            return new SupportQuery(pesId, query.owesId(), query.adviser(), query.from(), query.to(), query.form(),
                    query.topic());
        }
    }
}
