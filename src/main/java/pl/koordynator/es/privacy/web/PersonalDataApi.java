package pl.koordynator.es.privacy.web;

import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.privacy.domain.ErasureReport;
import pl.koordynator.es.privacy.domain.PersonalDataService;

/**
 * A person's data for scripts: the export ({@code GET}) and the erasure ({@code DELETE}), which
 * answers what it erased, counted by module and kind. Administrators only (checked by the service).
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
}
