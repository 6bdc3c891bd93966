package pl.koordynator.es.needs;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.koordynator.es.needs.domain.NeedDecision;
import pl.koordynator.es.needs.domain.NeedInput;
import pl.koordynator.es.needs.domain.NeedService;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.TestUsers;

/**
 * Organisations with their users, and needs made through the service as those users would make
 * them; also records every {@link NeedsChanged} the module publishes.
 */
@Component
public class NeedsFixtures {

    public static final String GDANSK = "2261011";
    public static final String GDYNIA = "2262011";
    public static final String CZARNA_DABROWKA = "2201032";

    private final RegistryFixtures registry;
    private final TestUsers users;
    private final NeedService needs;
    private final List<NeedsChanged> changes = new ArrayList<>();

    NeedsFixtures(RegistryFixtures registry, TestUsers users, NeedService needs) {
        this.registry = registry;
        this.users = users;
        this.needs = needs;
    }

    public OrganisationView organisation(String name, Kind kind, String gmina) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, gmina, null, null, null, null,
                null, null, null, List.of(), null, null, null, null, null, null, null, null, null));
    }

    /** A user of the role belonging to the organisation. */
    public UserView member(Role role, OrganisationView organisation) {
        return users.create(role.name().toLowerCase() + "-" + System.nanoTime(), role, organisation.id());
    }

    /** A PES user of a fresh social cooperative in the gmina. */
    public UserView pesUser(String organisationName, String gmina) {
        return member(Role.PES, organisation(organisationName, Kind.SOCIAL_COOPERATIVE, gmina));
    }

    public static NeedInput input(String gmina, String title) {
        return new NeedInput("REINTEGRATION", gmina, title,
                "Brakuje miejsc reintegracji dla osób długotrwale bezrobotnych w gminie.", null);
    }

    /** A need submitted by the user, leaving nobody signed in. */
    public NeedView submitted(UserView by, NeedInput input) {
        users.signIn(by);
        try {
            return needs.submit(input);
        } finally {
            users.signOut();
        }
    }

    /** A need submitted by the user and published by a fresh ADMIN. */
    public NeedView published(UserView by, NeedInput input) {
        NeedView need = submitted(by, input);
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            return needs.publish(need.id(), new NeedDecision(null, need.version()));
        } finally {
            users.signOut();
        }
    }

    /** A need submitted by the user and rejected by a fresh ADMIN. */
    public NeedView rejected(UserView by, NeedInput input, String reason) {
        NeedView need = submitted(by, input);
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            return needs.reject(need.id(), new NeedDecision(reason, need.version()));
        } finally {
            users.signOut();
        }
    }

    @EventListener
    synchronized void on(NeedsChanged changed) {
        changes.add(changed);
    }

    public synchronized List<NeedsChanged> changes() {
        return List.copyOf(changes);
    }

    public synchronized void forgetChanges() {
        changes.clear();
    }
}
