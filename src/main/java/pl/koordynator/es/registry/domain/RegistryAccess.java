package pl.koordynator.es.registry.domain;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;

/**
 * Who may do what with which organisation. ADMIN: everything. OWES: the PES of the subregions
 * their OWES serves, and their own OWES. PES and PARTNER: their own organisation. Everyone
 * signed in reads the register; anonymous visitors read active PES without contact persons.
 */
@Component
public class RegistryAccess {

    private final UserAccounts accounts;
    private final Territory territory;

    RegistryAccess(UserAccounts accounts, Territory territory) {
        this.accounts = accounts;
        this.territory = territory;
    }

    public Optional<CurrentUser> user() {
        return accounts.current();
    }

    boolean anonymous() {
        return accounts.current().isEmpty();
    }

    /** Powiats of the subregions served by the OWES of a user (empty for other users). */
    public Set<String> owesPowiats(CurrentUser user) {
        if (!user.is(Role.OWES) || user.organisationId() == null) {
            return Set.of();
        }
        return territory.subregions().stream()
                .filter(s -> user.organisationId().equals(s.owesOrganisationId()))
                .map(Subregion::powiatTeryts).flatMap(java.util.List::stream).collect(Collectors.toSet());
    }

    /** May the user register an organisation of this kind in this gmina? */
    public boolean mayCreate(CurrentUser user, Kind kind, String gminaTeryt) {
        if (user.is(Role.ADMIN)) {
            return true;
        }
        return user.is(Role.OWES) && kind != null && kind.isPes() && inOwesArea(user, gminaTeryt);
    }

    /** Whether the user registers organisations at all (ROPS and OWES do). */
    public boolean mayCreateAny(CurrentUser user) {
        return user.is(Role.ADMIN) || user.is(Role.OWES);
    }

    public boolean mayEdit(CurrentUser user, OrganisationView organisation) {
        if (user.is(Role.ADMIN) || isOwn(user, organisation)) {
            return true;
        }
        return user.is(Role.OWES) && organisation.kind().isPes() && inOwesArea(user, organisation.gminaTeryt());
    }

    public boolean mayEdit(Optional<CurrentUser> user, OrganisationView organisation) {
        return user.map(u -> mayEdit(u, organisation)).orElse(false);
    }

    /** Kind, status, PS status and the serving OWES are set by ROPS or the OWES, not by the organisation itself. */
    public boolean mayEditRegisterFields(CurrentUser user, OrganisationView organisation) {
        return user.is(Role.ADMIN) || (user.is(Role.OWES) && !isOwn(user, organisation)
                && organisation.kind().isPes() && inOwesArea(user, organisation.gminaTeryt()));
    }

    /** Closing is a register decision: ROPS, or the OWES for the PES of its subregion. */
    public boolean mayClose(CurrentUser user, OrganisationView organisation) {
        return mayEditRegisterFields(user, organisation);
    }

    /** Contact persons are personal data: only those with access to the organisation see them. */
    public boolean maySeeContacts(Optional<CurrentUser> user, OrganisationView organisation) {
        return mayEdit(user, organisation);
    }

    public boolean mayImport(CurrentUser user) {
        return user.is(Role.ADMIN) || user.is(Role.OWES);
    }

    private boolean inOwesArea(CurrentUser user, String gminaTeryt) {
        return gminaTeryt != null && gminaTeryt.length() >= 4 && owesPowiats(user).contains(gminaTeryt.substring(0, 4));
    }

    private static boolean isOwn(CurrentUser user, OrganisationView organisation) {
        return user.organisationId() != null && user.organisationId() == organisation.id();
    }
}
