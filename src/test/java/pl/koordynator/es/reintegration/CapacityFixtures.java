package pl.koordynator.es.reintegration;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.TestUsers;

/** Units, other organisations and their PES users for the tests of the units' places. */
@Component
public class CapacityFixtures {

    /** Gmina miejska Gdańsk (powiat 2261) and gmina miejska Kartuzy (powiat 2205). */
    public static final String GDANSK = "2261011";
    public static final String KARTUZY = "2205023";

    private final RegistryFixtures registry;
    private final TestUsers users;

    CapacityFixtures(RegistryFixtures registry, TestUsers users) {
        this.registry = registry;
        this.users = users;
    }

    public OrganisationView organisation(String name, Kind kind, String gmina) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, gmina, "ul. Długa 1",
                "80-001", "Gdańsk", null, null, null, null, List.of(), null, null, null, null, null, null, null, null,
                null));
    }

    public UserView pesUser(OrganisationView organisation) {
        return users.create("ri-cap-" + System.nanoTime(), Role.PES, organisation.id());
    }

    public static CapacityInput lines(Long version, CapacityInput.LineInput... lines) {
        return new CapacityInput(version, List.of(lines));
    }

    public static CapacityInput.LineInput line(String programme, Integer places, Integer occupied, Integer waiting) {
        return new CapacityInput.LineInput(programme, places, occupied, waiting);
    }
}
