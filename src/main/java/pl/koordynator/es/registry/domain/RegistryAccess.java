package pl.koordynator.es.registry.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;

/**
 * Who may do what with which organisation. ADMIN: everything. OWES: the PES of the subregions
 * their OWES serves, and their own OWES. PES and PARTNER: their own organisation. Everyone
 * signed in reads the register; anonymous visitors read active PES without contact persons.
 * "Their" OWES or organisation is the one the caller acts for ({@link Caller}): open, of their kind.
 */
@Component
public class RegistryAccess {

    private final UserAccounts accounts;
    private final Territory territory;

    RegistryAccess(UserAccounts accounts, Territory territory) {
        this.accounts = accounts;
        this.territory = territory;
    }

    public Caller caller() {
        return accounts.caller();
    }

    boolean anonymous() {
        return accounts.current().isEmpty();
    }

    /** The caller, who must be signed in. */
    Caller signedIn() {
        Caller caller = caller();
        if (caller.anonymous()) {
            throw new AccessDeniedException("not signed in");
        }
        return caller;
    }

    /** What the caller may do with one organisation; the pages offer exactly these actions. */
    public record OrganisationRights(boolean edit, boolean seeContacts, boolean close, boolean registerFields,
            boolean onlyPes) {
    }

    /** What the caller may do with the register as a whole. */
    public record RegisterRights(boolean create, boolean importFiles) {
    }

    OrganisationRights rights(Caller caller, OrganisationView organisation) {
        boolean edit = mayEdit(caller, organisation);
        return new OrganisationRights(edit, edit, mayClose(caller, organisation)
                && organisation.status() != OrganisationStatus.CLOSED,
                mayEditRegisterFields(caller, organisation), onlyPes(caller, organisation));
    }

    /** The rights of a caller registering a new organisation; refused to those who register none. */
    OrganisationRights creating(Caller caller) {
        if (!mayCreateAny(caller)) {
            throw new AccessDeniedException("registers no organisations");
        }
        return new OrganisationRights(true, true, false, true, onlyPes(caller, null));
    }

    RegisterRights registerRights(Caller caller) {
        return new RegisterRights(mayCreateAny(caller), mayImport(caller));
    }

    /** Powiats of the subregions served by the caller's OWES (empty for other callers). */
    public Set<String> owesPowiats(Caller caller) {
        if (caller.owesId() == null) {
            return Set.of();
        }
        return territory.subregions().stream()
                .filter(s -> caller.owesId().equals(s.owesOrganisationId()))
                .map(Subregion::powiatTeryts).flatMap(List::stream).collect(Collectors.toSet());
    }

    /** May the caller register an organisation of this kind in this gmina? */
    public boolean mayCreate(Caller caller, Kind kind, String gminaTeryt) {
        if (caller.admin()) {
            return true;
        }
        return caller.owesId() != null && kind != null && kind.isPes() && inOwesArea(caller, gminaTeryt);
    }

    /** Whether the caller registers organisations at all (ROPS and the staff of an open OWES do). */
    boolean mayCreateAny(Caller caller) {
        return caller.admin() || caller.owesId() != null;
    }

    public boolean mayEdit(Caller caller, OrganisationView organisation) {
        if (caller.admin() || caller.actsFor(organisation.id())) {
            return true;
        }
        return caller.owesId() != null && organisation.kind().isPes() && inOwesArea(caller, organisation.gminaTeryt());
    }

    /** Kind, status, PS status and the serving OWES are set by ROPS or the OWES, not by the organisation itself. */
    boolean mayEditRegisterFields(Caller caller, OrganisationView organisation) {
        return caller.admin() || (caller.owesId() != null && !caller.actsFor(organisation.id())
                && organisation.kind().isPes() && inOwesArea(caller, organisation.gminaTeryt()));
    }

    /** Closing is a register decision: ROPS, or the OWES for the PES of its subregion. */
    boolean mayClose(Caller caller, OrganisationView organisation) {
        return mayEditRegisterFields(caller, organisation);
    }

    /** Contact persons are personal data: only those with access to the organisation see them. */
    boolean maySeeContacts(Caller caller, OrganisationView organisation) {
        return mayEdit(caller, organisation);
    }

    boolean mayImport(Caller caller) {
        return caller.admin() || caller.owesId() != null;
    }

    /** An OWES registers and re-kinds PES only, except when it edits its own record. */
    private static boolean onlyPes(Caller caller, OrganisationView organisation) {
        return caller.owesId() != null && (organisation == null || !caller.actsFor(organisation.id()));
    }

    private boolean inOwesArea(Caller caller, String gminaTeryt) {
        return gminaTeryt != null && gminaTeryt.length() >= 4 && owesPowiats(caller).contains(gminaTeryt.substring(0, 4));
    }
}
