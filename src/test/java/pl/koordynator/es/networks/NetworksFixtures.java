package pl.koordynator.es.networks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.networks.domain.TieInput;
import pl.koordynator.es.networks.domain.TieService;
import pl.koordynator.es.networks.domain.TieView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.TestUsers;

/**
 * Organisations of each sector, ties entered through the service as ROPS would, and event
 * attendance written straight into the events module's tables (as its check-in leaves it).
 */
@Component
public class NetworksFixtures {

    public static final String GDANSK = "2261011";
    public static final String GDYNIA = "2262011";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final RegistryFixtures registry;
    private final TestUsers users;
    private final TieService ties;
    private final JdbcClient jdbc;

    NetworksFixtures(RegistryFixtures registry, TestUsers users, TieService ties, JdbcClient jdbc) {
        this.registry = registry;
        this.users = users;
        this.ties = ties;
        this.jdbc = jdbc;
    }

    public OrganisationView organisation(String name, Kind kind, String gmina) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, gmina, null, null, null, null,
                null, null, null, List.of(), null, null, null, null, null, null, null, null, null));
    }

    public OrganisationView pes(String name, String gmina) {
        return organisation(name, Kind.SOCIAL_COOPERATIVE, gmina);
    }

    public UserView user(Role role, OrganisationView organisation) {
        return users.create(role.name().toLowerCase() + "-" + System.nanoTime(), role,
                organisation == null ? null : organisation.id());
    }

    public static TieInput input(OrganisationView from, OrganisationView to, String kind, String startsOn,
            String endsOn) {
        return new TieInput(from.id(), to.id(), kind, null, startsOn, endsOn, null, null, null, null, null, null);
    }

    /** A tie entered by ROPS (confirmed), leaving nobody signed in. */
    public TieView tie(OrganisationView from, OrganisationView to, String kind, String startsOn, String endsOn) {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            return ties.create(input(from, to, kind, startsOn, endsOn));
        } finally {
            users.signOut();
        }
    }

    /** An event held on the day; returns its id. */
    public long event(String type, LocalDate day) {
        return jdbc.sql("""
                insert into event (type, title, organiser_name, starts_at, ends_at, gmina_teryt, status, created_by)
                values (:type, 'Spotkanie', 'ROPS', :starts, :ends, :gmina, 'PUBLISHED', 'test') returning id""")
                .param("type", type).param("starts", day.atTime(10, 0).atZone(WARSAW).toOffsetDateTime())
                .param("ends", day.atTime(14, 0).atZone(WARSAW).toOffsetDateTime()).param("gmina", GDANSK)
                .query(Long.class).single();
    }

    /** Someone from the organisation was checked in at the event. */
    public void attended(long event, OrganisationView organisation) {
        jdbc.sql("""
                insert into event_registration (event_id, name, email, organisation_id, organisation_name, consent_at,
                    consent_version, status, token, attended, attendance_marked_at)
                values (:event, 'Jan Nowak', :email, :organisation, :name, now(), '1', 'CONFIRMED', :token, true, now())""")
                .param("event", event).param("email", "jan" + System.nanoTime() + "@example.org")
                .param("organisation", organisation.id()).param("name", organisation.name())
                .param("token", UUID.randomUUID()).update();
    }
}
