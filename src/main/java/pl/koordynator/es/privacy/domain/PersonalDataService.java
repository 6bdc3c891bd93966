package pl.koordynator.es.privacy.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.PersonIdentity;
import pl.koordynator.es.privacy.PseudonymisedPersonalData;
import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Answers a person's request about their data (GDPR art. 15, 17, 20) for every module at once:
 * where the address appears, everything kept about it as one JSON document, and erasure in one
 * transaction, all modules or none. Only ROPS administrators handle such requests.
 */
@Service
public class PersonalDataService {

    static final String ENTITY = "PersonalData";

    private final List<PersonalData> modules;
    private final List<PseudonymisedPersonalData> pseudonymised;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlatformSettings platform;

    PersonalDataService(List<PersonalData> modules, List<PseudonymisedPersonalData> pseudonymised, AuditTrail audit,
            Clock clock, PlatformSettings platform) {
        this.modules = modules.stream().sorted(Comparator.comparing(PersonalData::module)).toList();
        this.pseudonymised = pseudonymised.stream().sorted(Comparator.comparing(PseudonymisedPersonalData::module))
                .toList();
        this.audit = audit;
        this.clock = clock;
        this.platform = platform;
    }

    /** Where the address appears, module by module; a missing or malformed address is refused (field {@code email}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonalDataFinding> find(String email) {
        EmailAddress address = EmailAddress.parse(email);
        List<PersonalDataFinding> findings = new ArrayList<>();
        modules.forEach(module -> findings.addAll(module.find(address)));
        return findings;
    }

    /** Everything kept about the address: one section per module that keeps anything. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, Object> export(String email) {
        EmailAddress address = EmailAddress.parse(email);
        Map<String, Object> sections = new LinkedHashMap<>();
        modules.forEach(module -> {
            Map<String, Object> section = module.export(address);
            if (!section.isEmpty()) {
                sections.put(module.module(), section);
            }
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("email", address.value());
        document.put("exportedAt", OffsetDateTime.now(clock).toString());
        document.put("modules", sections);
        return document;
    }

    /**
     * Erases everything about the address in every module, then the values erased with it from
     * the whole audit trail, and records the erasure there without any of them. Nothing found
     * (not even in older audit entries), nothing erased and nothing recorded.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ErasureReport erase(String email) {
        EmailAddress address = EmailAddress.parse(email);
        String erasureId = UUID.randomUUID().toString();
        List<PersonalDataFinding> erased = new ArrayList<>();
        Set<String> values = new HashSet<>();
        values.add(address.value());
        int auditEntries = 0;
        for (PersonalData module : modules) {
            PersonalDataErasure erasure = module.erase(address);
            erasure.erased().stream().filter(finding -> finding.count() > 0)
                    .map(finding -> new PersonalDataFinding(finding.module(), finding.what(), finding.count(), List.of()))
                    .forEach(erased::add);
            values.addAll(erasure.erasedValues());
            auditEntries += erasure.auditEntries();
        }
        auditEntries += audit.eraseValues(values);
        if (!erased.isEmpty() || auditEntries > 0) {
            Map<String, Object> counts = new LinkedHashMap<>();
            erased.forEach(finding -> counts.merge(finding.what(), finding.count(),
                    (a, b) -> ((Number) a).longValue() + ((Number) b).longValue()));
            counts.put("auditEntries", auditEntries);
            audit.deleted(ENTITY, erasureId, counts);
        }
        return new ErasureReport(erasureId, OffsetDateTime.now(clock), List.copyOf(erased), auditEntries);
    }

    /**
     * Where a person known only by a pseudonym (a person referred for reintegration) appears, module by
     * module. The person is given by {@code personPesel} or, without one, {@code personSurname} and
     * {@code personBirthDate} ({@code yyyy-MM-dd} or {@code dd.MM.yyyy}); a bad value is refused naming
     * its field. The values are hashed by each module and kept nowhere.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<PersonalDataFinding> findPerson(String personPesel, String personSurname, String personBirthDate) {
        PersonIdentity person = person(personPesel, personSurname, personBirthDate);
        List<PersonalDataFinding> findings = new ArrayList<>();
        pseudonymised.forEach(module -> findings.addAll(module.find(person)));
        return findings;
    }

    /**
     * Everything kept about the pseudonymised person: one section per module that keeps anything. The
     * document says how the person was identified (by PESEL or by surname and birth date), never by what.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Map<String, Object> exportPerson(String personPesel, String personSurname, String personBirthDate) {
        PersonIdentity person = person(personPesel, personSurname, personBirthDate);
        Map<String, Object> sections = new LinkedHashMap<>();
        pseudonymised.forEach(module -> {
            Map<String, Object> section = module.export(person);
            if (!section.isEmpty()) {
                sections.put(module.module(), section);
            }
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("identifiedBy", identifiedBy(personPesel));
        document.put("exportedAt", OffsetDateTime.now(clock).toString());
        document.put("modules", sections);
        return document;
    }

    /**
     * Erases everything about the pseudonymised person in every module, in one transaction, and records
     * the erasure in the audit trail by a random id and counts only: neither the identity nor the
     * pseudonym, so the trail cannot be searched for the person.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ErasureReport erasePerson(String personPesel, String personSurname, String personBirthDate) {
        PersonIdentity person = person(personPesel, personSurname, personBirthDate);
        String erasureId = UUID.randomUUID().toString();
        List<PersonalDataFinding> erased = new ArrayList<>();
        Set<String> values = new HashSet<>();
        int auditEntries = 0;
        for (PseudonymisedPersonalData module : pseudonymised) {
            PersonalDataErasure erasure = module.erase(person);
            erasure.erased().stream().filter(finding -> finding.count() > 0)
                    .map(finding -> new PersonalDataFinding(finding.module(), finding.what(), finding.count(), List.of()))
                    .forEach(erased::add);
            values.addAll(erasure.erasedValues());
            auditEntries += erasure.auditEntries();
        }
        if (!values.isEmpty()) {
            auditEntries += audit.eraseValues(values);
        }
        if (!erased.isEmpty() || auditEntries > 0) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("person", "pseudonymised");
            erased.forEach(finding -> counts.merge(finding.what(), finding.count(),
                    (a, b) -> ((Number) a).longValue() + ((Number) b).longValue()));
            counts.put("auditEntries", auditEntries);
            audit.deleted(ENTITY, erasureId, counts);
        }
        return new ErasureReport(erasureId, OffsetDateTime.now(clock), List.copyOf(erased), auditEntries);
    }

    private PersonIdentity person(String personPesel, String personSurname, String personBirthDate) {
        LocalDate today = LocalDate.now(clock.withZone(platform.timeZone()));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate birthDate = FormValues.strip(personPesel) != null ? null
                : FormValues.date(personBirthDate, "personBirthDate", problems);
        if (problems.isEmpty()) {
            return PersonIdentity.of(personPesel, personSurname, birthDate, today);
        }
        // a date that is not one: the surname is still checked, so that every problem is shown at once
        try {
            PersonIdentity.of(null, personSurname, today, today);
        } catch (InvalidInputException surname) {
            problems.addAll(0, surname.problems());
        }
        throw new InvalidInputException(problems);
    }

    private static String identifiedBy(String personPesel) {
        return FormValues.strip(personPesel) != null ? "PESEL" : "SURNAME_AND_BIRTH_DATE";
    }
}
