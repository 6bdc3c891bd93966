package pl.koordynator.es.registry.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.ContactPerson;
import pl.koordynator.es.registry.ContactPersonInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;

/**
 * Contact persons of an organisation. They are personal data kept on the strength of the
 * person's consent: only users with access to the organisation see or change them, and removing
 * one deletes the data (the audit trail keeps only that a person was removed).
 */
@Service
public class ContactPersons {

    static final String ENTITY = "ContactPerson";

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final RegistryAccess access;
    private final AuditTrail audit;

    ContactPersons(JdbcClient jdbc, OrganisationRepository organisations, RegistryAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
    }

    /** The contact persons the caller may see: all of them with access, none without. */
    @Transactional(readOnly = true)
    public List<ContactPerson> of(OrganisationView organisation) {
        if (!access.maySeeContacts(access.caller(), organisation)) {
            return List.of();
        }
        return jdbc.sql("select * from contact_person where organisation_id = :id order by name, id")
                .param("id", organisation.id()).query(ContactPersons::map).list();
    }

    /** The contact persons, or a refusal for a caller without access to the organisation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactPerson> visible(OrganisationView organisation) {
        if (!access.maySeeContacts(access.caller(), organisation)) {
            throw new AccessDeniedException("contact persons outside the user's scope");
        }
        return of(organisation);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactPerson add(long organisationId, ContactPersonInput input) {
        editable(organisationId);
        Map<String, Object> values = checked(input);
        values.put("organisationId", organisationId);
        long id = jdbc.sql("""
                insert into contact_person (organisation_id, name, function, email, phone, consent_date, consent_scope)
                values (:organisationId, :name, :function, :email, :phone, :consentDate, :consentScope)
                returning id""").params(values).query(Long.class).single();
        ContactPerson created = get(organisationId, id);
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactPerson update(long organisationId, long id, ContactPersonInput input) {
        editable(organisationId);
        ContactPerson before = get(organisationId, id);
        if (input.version() == null) {
            throw InvalidInputException.of("version", "registry.version.required");
        }
        Map<String, Object> values = checked(input);
        values.put("id", id);
        values.put("version", input.version());
        int updated = jdbc.sql("""
                update contact_person set name = :name, function = :function, email = :email, phone = :phone,
                    consent_date = :consentDate, consent_scope = :consentScope, version = version + 1
                where id = :id and version = :version""").params(values).update();
        if (updated != 1) {
            throw new ConflictException("problem.concurrentEdit", "contact person " + id + " changed");
        }
        ContactPerson after = get(organisationId, id);
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long organisationId, long id) {
        editable(organisationId);
        get(organisationId, id);
        jdbc.sql("delete from contact_person where id = :id").param("id", id).update();
        audit.deleted(ENTITY, id, Map.of("organisationId", organisationId));
    }

    private void editable(long organisationId) {
        OrganisationView organisation = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        if (!access.mayEdit(access.caller(), organisation)) {
            throw new AccessDeniedException("organisation outside the user's scope");
        }
    }

    private ContactPerson get(long organisationId, long id) {
        return jdbc.sql("select * from contact_person where id = :id and organisation_id = :organisationId")
                .param("id", id).param("organisationId", organisationId).query(ContactPersons::map).optional()
                .orElseThrow(() -> new NotFoundException("contact person", id));
    }

    private static Map<String, Object> checked(ContactPersonInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(input.name(), "name", 200, true, problems);
        String function = text(input.function(), "function", 200, false, problems);
        String email = text(input.email(), "email", 254, false, problems);
        if (email != null && !OrganisationRules.EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "registry.email.format"));
        }
        String phone = text(input.phone(), "phone", 40, false, problems);
        if (phone != null && !OrganisationRules.PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "registry.phone.format"));
        }
        if (input.consentDate() == null) {
            problems.add(new FieldProblem("consentDate", "registry.contact.consentDate.required"));
        } else if (input.consentDate().isAfter(LocalDate.now(ZoneId.of("Europe/Warsaw")))) {
            problems.add(new FieldProblem("consentDate", "registry.contact.consentDate.future"));
        }
        String scope = text(input.consentScope(), "consentScope", 500, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("function", function);
        values.put("email", email);
        values.put("phone", phone);
        values.put("consentDate", input.consentDate());
        values.put("consentScope", scope);
        return values;
    }

    private static String text(String raw, String field, int max, boolean required, List<FieldProblem> problems) {
        String value = OrganisationRules.blankToNull(raw);
        if (value == null && required) {
            problems.add(new FieldProblem(field, "registry.contact." + field + ".required"));
        } else if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "registry.text.tooLong." + max));
            return null;
        }
        return value;
    }

    private static Map<String, Object> state(ContactPerson person) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisationId", person.organisationId());
        state.put("name", person.name());
        state.put("function", person.function());
        state.put("email", person.email());
        state.put("phone", person.phone());
        state.put("consentDate", person.consentDate());
        state.put("consentScope", person.consentScope());
        return state;
    }

    private static ContactPerson map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ContactPerson(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                rs.getString("function"), rs.getString("email"), rs.getString("phone"),
                rs.getDate("consent_date").toLocalDate(), rs.getString("consent_scope"), rs.getLong("version"));
    }
}
