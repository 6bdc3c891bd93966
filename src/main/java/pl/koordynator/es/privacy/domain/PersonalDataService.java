package pl.koordynator.es.privacy.domain;

import java.time.Clock;
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

/**
 * Answers a person's request about their data (GDPR art. 15, 17, 20) for every module at once:
 * where the address appears, everything kept about it as one JSON document, and erasure in one
 * transaction, all modules or none. Only ROPS administrators handle such requests.
 */
@Service
public class PersonalDataService {

    static final String ENTITY = "PersonalData";

    private final List<PersonalData> modules;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalDataService(List<PersonalData> modules, AuditTrail audit, Clock clock) {
        this.modules = modules.stream().sorted(Comparator.comparing(PersonalData::module)).toList();
        this.audit = audit;
        this.clock = clock;
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
}
