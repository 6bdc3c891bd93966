package pl.koordynator.es.support.domain;

import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;

/**
 * Who may do what with support records: ROPS (ADMIN) everything; the staff of an OWES the records
 * of their OWES; the representative of a PES reads their organisation's history. Committee
 * members read the supported-PES counts only; partners nothing. An OWES or PES account without
 * its (open) organisation is refused like a partner.
 */
@Component
public class SupportAccess {

    private final UserAccounts accounts;
    private final Organisations organisations;

    SupportAccess(UserAccounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    public Viewer viewer() {
        return accounts.current().map(this::viewer).orElse(Viewer.ANONYMOUS);
    }

    private Viewer viewer(CurrentUser user) {
        Optional<OrganisationView> organisation = user.organisationId() == null ? Optional.empty()
                : organisations.find(user.organisationId()).filter(o -> o.status() != OrganisationStatus.CLOSED);
        Long owes = user.is(Role.OWES) ? organisation.filter(o -> o.kind() == Kind.OWES).map(OrganisationView::id)
                .orElse(null) : null;
        Long pes = user.is(Role.PES) ? organisation.filter(o -> o.kind().isPes()).map(OrganisationView::id)
                .orElse(null) : null;
        String owesName = owes == null ? null : organisation.get().name();
        return new Viewer(user, owes, owesName, pes);
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

        /** The committee reads the aggregate counts, as ROPS and the OWES do. */
        public boolean mayReadCounts() {
            return user != null && (user.is(Role.ADMIN) || user.is(Role.OWES) || user.is(Role.COMMITTEE));
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
