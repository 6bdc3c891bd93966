package pl.koordynator.es.privacy.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.domain.ErasureReport;
import pl.koordynator.es.privacy.domain.PersonalDataService;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PlatformSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's desk for a person's request about their data: search by e-mail address,
 * see where it appears, download the export, erase after a confirmation. The address travels in
 * the query string of the search only, as in the API; the erasure itself is a POST.
 * <p>
 * A person referred for reintegration is known only by a pseudonym: the administrator types the PESEL,
 * or surname and birth date, into a POST form (never the address), and the page never shows them
 * again: each step (search, export, erasure) asks for them anew.
 */
@Controller
@RequestMapping("/admin/personal-data")
@PreAuthorize("hasRole('ADMIN')")
class PersonalDataPages {

    private final PersonalDataService privacy;
    private final JsonMapper json;
    private final Clock clock;
    private final PlatformSettings platform;

    PersonalDataPages(PersonalDataService privacy, JsonMapper json, Clock clock, PlatformSettings platform) {
        this.privacy = privacy;
        this.json = json;
        this.clock = clock;
        this.platform = platform;
    }

    /** The referred person's form, empty on every page that shows it. */
    @ModelAttribute("person")
    ReferredPersonForm person() {
        return new ReferredPersonForm();
    }

    @GetMapping
    String search(@ModelAttribute("form") PersonalDataForm form, BindingResult result, Model model) {
        if (form.getEmail() != null) {
            try {
                model.addAttribute("findings", privacy.find(form.getEmail()));
            } catch (InvalidInputException invalid) {
                FormErrors.add(result, invalid);
            }
        }
        return "privacy/search";
    }

    /** The export as a file; named by date, never by the address, which would end up in download folders. */
    @GetMapping("/export")
    @ResponseBody
    ResponseEntity<Map<String, Object>> export(@RequestParam(required = false) String email) {
        Map<String, Object> document = privacy.export(email);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dane-osobowe-" + LocalDate.now() + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }

    @GetMapping("/erase")
    String confirmation(@ModelAttribute("form") PersonalDataForm form, BindingResult result, Model model) {
        try {
            model.addAttribute("findings", privacy.find(form.getEmail()));
        } catch (InvalidInputException invalid) {
            FormErrors.add(result, invalid);
            return "privacy/search";
        }
        return "privacy/confirm";
    }

    @PostMapping("/erase")
    String erase(@ModelAttribute("form") PersonalDataForm form, BindingResult result, Model model) {
        try {
            if (form.isConfirm()) {
                model.addAttribute("report", privacy.erase(form.getEmail()));
                return "privacy/erased";
            }
            result.rejectValue("confirm", "privacy.erase.confirm.required");
            model.addAttribute("findings", privacy.find(form.getEmail()));
            return "privacy/confirm";
        } catch (InvalidInputException invalid) {
            FormErrors.add(result, invalid);
            return "privacy/search";
        }
    }

    @PostMapping("/referred-person")
    String findReferredPerson(@ModelAttribute("person") ReferredPersonForm person, BindingResult result, Model model) {
        List<PersonalDataFinding> findings = forgetting(person, result,
                () -> privacy.findPerson(person.getPersonPesel(), person.getPersonSurname(), person.getPersonBirthDate()));
        if (findings != null) {
            model.addAttribute("personFindings", findings);
        }
        model.addAttribute("form", new PersonalDataForm());
        return "privacy/search";
    }

    /** The export as a file named by date; a bad value shows the form again with the problem beside its field. */
    @PostMapping("/referred-person/export")
    ModelAndView exportReferredPerson(@ModelAttribute("person") ReferredPersonForm person, BindingResult result) {
        Map<String, Object> document = forgetting(person, result,
                () -> privacy.exportPerson(person.getPersonPesel(), person.getPersonSurname(), person.getPersonBirthDate()));
        if (document == null) {
            ModelAndView page = new ModelAndView("privacy/search", result.getModel());
            page.addObject("form", new PersonalDataForm());
            return page;
        }
        return new ModelAndView(jsonDownload(document));
    }

    @PostMapping("/referred-person/erase")
    String eraseReferredPerson(@ModelAttribute("person") ReferredPersonForm person, BindingResult result, Model model) {
        boolean confirmed = person.isConfirm();
        ErasureReport report = forgetting(person, result, () -> {
            if (!confirmed) {
                throw InvalidInputException.of("confirm", "privacy.erase.confirm.required");
            }
            return privacy.erasePerson(person.getPersonPesel(), person.getPersonSurname(), person.getPersonBirthDate());
        });
        if (report == null) {
            model.addAttribute("form", new PersonalDataForm());
            return "privacy/search";
        }
        model.addAttribute("report", report);
        return "privacy/erased";
    }

    /**
     * Runs a step with the typed identity, then forgets it, before any problem is put beside its field:
     * the form shown again, and the problems' rejected values, hold none of it. Null on a bad value.
     */
    private static <T> T forgetting(ReferredPersonForm person, BindingResult result, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException invalid) {
            person.forget();
            FormErrors.add(result, invalid);
            return null;
        } finally {
            person.forget();
        }
    }

    private View jsonDownload(Map<String, Object> document) {
        String fileName = "osoba-skierowana-" + LocalDate.now(clock.withZone(platform.timeZone())) + ".json";
        return new View() {
            @Override
            public String getContentType() {
                return MediaType.APPLICATION_JSON_VALUE;
            }

            @Override
            public void render(Map<String, ?> model, jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString());
                response.getOutputStream().write(json.writeValueAsBytes(document));
            }
        };
    }
}
