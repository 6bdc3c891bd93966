package pl.koordynator.es.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.domain.SupportInput;
import pl.koordynator.es.support.domain.SupportService;
import pl.koordynator.es.support.domain.SupportView;
import pl.koordynator.es.testing.TestUsers;

/**
 * OWES, PES and their users for support tests; records made through the service as an OWES
 * adviser would make them, and event attendance written straight into the events module's
 * tables (as its check-in would leave it), since that module offers no way to fake it.
 */
@Component
public class SupportFixtures {

    public static final String GDANSK = "2261011";
    public static final String GDYNIA = "2262011";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final RegistryFixtures registry;
    private final TestUsers users;
    private final SupportService support;
    private final JdbcClient jdbc;

    SupportFixtures(RegistryFixtures registry, TestUsers users, SupportService support, JdbcClient jdbc) {
        this.registry = registry;
        this.users = users;
        this.support = support;
        this.jdbc = jdbc;
    }

    public OrganisationView owes(String name) {
        return registry.owes(name, GDYNIA);
    }

    public OrganisationView pes(String name) {
        return pes(name, GDANSK);
    }

    public OrganisationView pes(String name, String gmina) {
        return registry.create(RegistryFixtures.pes(name, gmina));
    }

    /** An organisation that is no PES (a local government office). */
    public OrganisationView jst(String name) {
        return registry.create(new pl.koordynator.es.registry.OrganisationInput(name, null,
                pl.koordynator.es.registry.Kind.JST, null, null, null, GDANSK, null, null, null, null, null, null,
                null, java.util.List.of(), null, null, null, null, null, null, null, null, null));
    }

    public void close(OrganisationView organisation) {
        jdbc.sql("update organisation set status = 'CLOSED' where id = :id").param("id", organisation.id()).update();
    }

    public UserView staff(OrganisationView owes) {
        return users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
    }

    public UserView member(OrganisationView pes) {
        return users.create("pes-" + System.nanoTime(), Role.PES, pes.id());
    }

    public UserView admin() {
        return users.create("rops-" + System.nanoTime(), Role.ADMIN);
    }

    public UserView user(Role role) {
        return users.create(role.name().toLowerCase() + "-" + System.nanoTime(), role);
    }

    public static SupportInput input(OrganisationView pes, OrganisationView owes, LocalDate date, String hours,
            SupportForm form) {
        return new SupportInput(pes.id(), owes.id(), "Anna Kowalska", date.toString(), hours, form.name(),
                SupportTopic.LEGAL.name(), "Omówiono statut.", null);
    }

    /** A record made by a fresh ADMIN, leaving nobody signed in. */
    public SupportView record(OrganisationView pes, OrganisationView owes, LocalDate date, String hours,
            SupportForm form) {
        return record(admin(), input(pes, owes, date, hours, form));
    }

    public SupportView record(UserView by, SupportInput input) {
        users.signIn(by);
        try {
            return support.create(input);
        } finally {
            users.signOut();
        }
    }

    /** Someone from the organisation was checked in at an event of the organiser on the day. */
    public void attended(OrganisationView organiser, OrganisationView organisation, LocalDate day) {
        long event = jdbc.sql("""
                insert into event (type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt,
                    status, created_by)
                values ('WORKSHOP', 'Warsztaty', :organiser, :organiserName, :starts, :ends, :gmina, 'PUBLISHED', 'test')
                returning id""")
                .param("organiser", organiser.id()).param("organiserName", organiser.name())
                .param("starts", day.atTime(10, 0).atZone(WARSAW).toOffsetDateTime())
                .param("ends", day.atTime(14, 0).atZone(WARSAW).toOffsetDateTime()).param("gmina", GDANSK)
                .query(Long.class).single();
        jdbc.sql("""
                insert into event_registration (event_id, name, email, organisation_id, organisation_name, consent_at,
                    consent_version, status, token, attended, attendance_marked_at)
                values (:event, 'Jan Nowak', :email, :organisation, :name, now(), '1', 'CONFIRMED', :token, true, now())""")
                .param("event", event).param("email", "jan" + System.nanoTime() + "@example.org")
                .param("organisation", organisation.id()).param("name", organisation.name())
                .param("token", UUID.randomUUID()).update();
    }
}
