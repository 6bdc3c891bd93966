package pl.koordynator.es.privacy.web;

import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.privacy.domain.ErasureReport;
import pl.koordynator.es.privacy.domain.PersonalDataService;

/**
 * A person's data for scripts: the export ({@code GET}) and the erasure ({@code DELETE}), which
 * answers what it erased, counted by module and kind. Administrators only (checked by the service).
 * <p>
 * A person known only by a pseudonym (referred for reintegration) is given in the body of a POST, never
 * in the address, which proxies and access logs keep: the export and, under {@code /erasure}, the erasure.
 */
@RestController
@RequestMapping("/api/v1/personal-data")
class PersonalDataApi {

    private final PersonalDataService privacy;

    PersonalDataApi(PersonalDataService privacy) {
        this.privacy = privacy;
    }

    @GetMapping
    Map<String, Object> export(@RequestParam(required = false) String email) {
        return privacy.export(email);
    }

    @DeleteMapping
    ErasureReport erase(@RequestParam(required = false) String email) {
        return privacy.erase(email);
    }

    @PostMapping("/referred-person")
    Map<String, Object> exportReferredPerson(@RequestBody(required = false) ReferredPersonRequest person) {
        ReferredPersonRequest given = person == null ? new ReferredPersonRequest(null, null, null) : person;
        return privacy.exportPerson(given.personPesel(), given.personSurname(), given.personBirthDate());
    }

    @PostMapping("/referred-person/erasure")
    ErasureReport eraseReferredPerson(@RequestBody(required = false) ReferredPersonRequest person) {
        ReferredPersonRequest given = person == null ? new ReferredPersonRequest(null, null, null) : person;
        return privacy.erasePerson(given.personPesel(), given.personSurname(), given.personBirthDate());
    }
}
