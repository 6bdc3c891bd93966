package pl.koordynator.es.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.OrganisationView;

/**
 * What an organisation's own people still have to fill in on its record: the fields that buyers,
 * partners and the map read (where it is, how to reach it, what it does) and are empty. Kind,
 * identifiers and the PS status are the register's to set, so they are never asked of it.
 */
@Component
public class RegistryOwnProfile {

    /** The field the contact persons stand for; they are kept beside the record, not in it. */
    public static final String CONTACTS = "contacts";

    /**
     * The organisation and the names of its empty fields (as in {@link OrganisationView}, plus
     * {@link #CONTACTS}), most important first.
     */
    public record Gaps(OrganisationView organisation, List<String> fields) {
    }

    private final JdbcClient jdbc;

    RegistryOwnProfile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The gaps of an organisation that is not closed; empty when there is none such. */
    @Transactional(readOnly = true)
    public Optional<Gaps> of(long organisationId) {
        return jdbc.sql("select " + OrganisationRepository.COLUMNS
                        + ", (select count(*) from contact_person c where c.organisation_id = o.id) as contacts"
                        + " from organisation o where o.id = :id and o.status <> 'CLOSED'")
                .param("id", organisationId)
                .query((rs, row) -> gaps(OrganisationRepository.map(rs, row), rs.getLong("contacts")))
                .optional();
    }

    static Gaps gaps(OrganisationView o, long contacts) {
        List<String> empty = new ArrayList<>();
        add(empty, "gminaTeryt", o.gminaTeryt());
        add(empty, "email", o.email());
        add(empty, "phone", o.phone());
        add(empty, "description", o.description());
        if (o.kind().isPes() && o.fieldsOfActivity().isEmpty()) {
            empty.add("fieldsOfActivity");
        }
        if (contacts == 0) {
            empty.add(CONTACTS);
        }
        add(empty, "street", o.street());
        add(empty, "postalCode", o.postalCode());
        add(empty, "town", o.town());
        add(empty, "website", o.website());
        if (o.kind().isPes() && o.employees() == null) {
            empty.add("employees");
        }
        if (o.kind().isReintegrationUnit() && o.reintegrationPlaces() == null) {
            empty.add("reintegrationPlaces");
        }
        return new Gaps(o, List.copyOf(empty));
    }

    private static void add(List<String> empty, String field, String value) {
        if (value == null || value.isBlank()) {
            empty.add(field);
        }
    }
}
