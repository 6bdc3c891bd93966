package pl.koordynator.es.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.TestUsers;

/** Organisations, OWES and subregions for registry tests, made through the services as ROPS would. */
@Component
public class RegistryFixtures {

    private final OrganisationService organisations;
    private final TestUsers users;
    private final JdbcClient jdbc;

    RegistryFixtures(OrganisationService organisations, TestUsers users, JdbcClient jdbc) {
        this.organisations = organisations;
        this.users = users;
        this.jdbc = jdbc;
    }

    public static OrganisationInput pes(String name, String gmina) {
        return new OrganisationInput(name, null, Kind.SOCIAL_COOPERATIVE, null, null, null, gmina, "ul. Długa 1",
                "80-001", "Gdańsk", "biuro@example.org", null, null, null, List.of(), 10, 5, null, null, null, null,
                null, null, null);
    }

    public static OrganisationInput withNip(OrganisationInput in, String nip) {
        return new OrganisationInput(in.name(), in.shortName(), in.kind(), nip, in.regon(), in.krs(), in.gminaTeryt(),
                in.street(), in.postalCode(), in.town(), in.email(), in.phone(), in.website(), in.description(),
                in.fieldsOfActivity(), in.employees(), in.employeesAtRisk(), in.reintegrationPlaces(),
                in.socialEnterpriseDecision(), in.socialEnterpriseSince(), in.socialEnterpriseUntil(), in.owesId(),
                in.status(), in.version());
    }

    /** Creates as a fresh ADMIN, leaving nobody signed in. */
    public OrganisationView create(OrganisationInput input) {
        UserView admin = users.create("fixture-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        try {
            return organisations.create(input);
        } finally {
            users.signOut();
        }
    }

    /**
     * Active social cooperatives "Spółdzielnia Socjalna {word} 0001" … numbered to {@code count}, written by one
     * SQL statement: enough rows for a search to pass its counting cap in a moment.
     */
    public void manyNamed(String word, int count) {
        jdbc.sql("insert into organisation (name, kind, gmina_teryt, town) select 'Spółdzielnia Socjalna ' || :word"
                        + " || ' ' || lpad(i::text, 4, '0'), 'SOCIAL_COOPERATIVE', '2261011', 'Gdańsk'"
                        + " from generate_series(1, :count) i")
                .param("word", word).param("count", count).update();
    }

    public OrganisationView owes(String name, String gmina) {
        return create(new OrganisationInput(name, null, Kind.OWES, null, null, null, gmina, null, null, null, null,
                null, null, null, List.of(), null, null, null, null, null, null, null, null, null));
    }

    /** A subregion of these powiats served by the OWES (written as the territory admin page would). */
    public long subregion(String name, long owesId, String... powiats) {
        long id = jdbc.sql("insert into subregion (name, owes_organisation_id) values (:name, :owes) returning id")
                .param("name", name).param("owes", owesId).query(Long.class).single();
        for (String powiat : powiats) {
            jdbc.sql("insert into subregion_powiat (subregion_id, powiat_teryt) values (:id, :powiat)")
                    .param("id", id).param("powiat", powiat).update();
        }
        return id;
    }
}
