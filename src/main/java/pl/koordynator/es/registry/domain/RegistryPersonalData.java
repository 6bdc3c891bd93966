package pl.koordynator.es.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.privacy.PrivacySettings;

/**
 * The register's personal data: contact persons (deleted on erasure, as nothing counts them) and
 * an organisation whose registered e-mail is the person's own address (the organisation stays,
 * without the address). Uploaded import files may list people too: they are emptied a while
 * after their job ended; the job's report stays.
 */
@Component
class RegistryPersonalData implements PersonalData, PersonalDataRetention {

    static final String CONTACT_PERSONS = "registry.personalData.contactPersons";
    static final String ORGANISATION_EMAILS = "registry.personalData.organisationEmails";
    static final String IMPORT_FILES = "registry.importFiles";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RegistryPersonalData(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record Contact(long id, long organisationId, String organisation, String name, String function,
            String email, String phone, LocalDate consentDate, String consentScope) {
    }

    private record Registered(long id, String name, String email) {
    }

    @Override
    public String module() {
        return "registry";
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        List<PersonalDataFinding> findings = new ArrayList<>();
        findings.addAll(PersonalDataFinding.found(module(), CONTACT_PERSONS, contacts(email),
                c -> c.organisation() + ": " + c.name() + (c.function() == null ? "" : ", " + c.function())
                        + (c.phone() == null ? "" : ", " + c.phone())));
        findings.addAll(PersonalDataFinding.found(module(), ORGANISATION_EMAILS, organisations(email),
                o -> o.name() + " (#" + o.id() + ")"));
        return findings;
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        Map<String, Object> section = new LinkedHashMap<>();
        List<Contact> contacts = contacts(email);
        if (!contacts.isEmpty()) {
            section.put("contactPersons", contacts.stream().map(c -> {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("organisationId", c.organisationId());
                person.put("organisation", c.organisation());
                person.put("name", c.name());
                person.put("function", c.function());
                person.put("email", c.email());
                person.put("phone", c.phone());
                person.put("consentDate", c.consentDate().toString());
                person.put("consentScope", c.consentScope());
                return person;
            }).toList());
        }
        List<Registered> organisations = organisations(email);
        if (!organisations.isEmpty()) {
            section.put("organisationEmails", organisations.stream().map(o -> {
                Map<String, Object> organisation = new LinkedHashMap<>();
                organisation.put("organisationId", o.id());
                organisation.put("organisation", o.name());
                organisation.put("email", o.email());
                return organisation;
            }).toList());
        }
        return section;
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<PersonalDataFinding> erased = new ArrayList<>();
        Set<String> values = new HashSet<>();
        int auditEntries = 0;
        List<Contact> contacts = contacts(email);
        for (Contact contact : contacts) {
            jdbc.sql("delete from contact_person where id = :id").param("id", contact.id()).update();
            auditEntries += audit.erasePersonalFields(ContactPersons.ENTITY, contact.id(),
                    ContactPersons.PERSONAL_FIELDS);
            audit.deleted(ContactPersons.ENTITY, contact.id(), Map.of("organisationId", contact.organisationId()));
            values.add(contact.name());
            if (contact.phone() != null) {
                values.add(contact.phone());
            }
        }
        erased.addAll(PersonalDataFinding.erased(module(), CONTACT_PERSONS, contacts));
        List<Registered> organisations = organisations(email);
        for (Registered organisation : organisations) {
            jdbc.sql("""
                    update organisation set email = null, version = version + 1, updated_at = now()
                    where id = :id""").param("id", organisation.id()).update();
            audit.updated(OrganisationService.ENTITY, organisation.id(), Map.of("email", Personal.of(organisation.email())),
                    Map.of("email", Personal.of(null)));
        }
        erased.addAll(PersonalDataFinding.erased(module(), ORGANISATION_EMAILS, organisations));
        return new PersonalDataErasure(erased, values, auditEntries);
    }

    /**
     * Empties the uploaded files of import jobs that ended (done or failed) before the period; a
     * checked file still waiting to be imported goes too, after which it must be uploaded again.
     */
    @Override
    public List<Removed> removeExpired(PrivacySettings settings, Instant now) {
        int files = jdbc.sql("""
                update organisation_import set file_content = decode('', 'hex')
                where status in ('DONE', 'FAILED') and finished_at < :before and octet_length(file_content) > 0""")
                .param("before", OffsetDateTime.ofInstant(now.minus(settings.importFiles()), ZoneOffset.UTC))
                .update();
        return List.of(new Removed(IMPORT_FILES, files));
    }

    private List<Contact> contacts(EmailAddress email) {
        return jdbc.sql("""
                select c.*, o.name as organisation from contact_person c join organisation o on o.id = c.organisation_id
                where lower(c.email) = :email order by c.id""")
                .param("email", email.value())
                .query((rs, row) -> new Contact(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("organisation"), rs.getString("name"), rs.getString("function"),
                        rs.getString("email"), rs.getString("phone"), rs.getDate("consent_date").toLocalDate(),
                        rs.getString("consent_scope")))
                .list();
    }

    private List<Registered> organisations(EmailAddress email) {
        return jdbc.sql("select id, name, email from organisation where lower(email) = :email order by id")
                .param("email", email.value())
                .query((rs, row) -> new Registered(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
                .list();
    }
}
