package pl.koordynator.es.privacy.web;

import java.time.LocalDate;
import java.util.Map;

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
import pl.koordynator.es.privacy.domain.PersonalDataService;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The administrator's desk for a person's request about their data: search by e-mail address,
 * see where it appears, download the export, erase after a confirmation. The address travels in
 * the query string of the search only, as in the API; the erasure itself is a POST.
 */
@Controller
@RequestMapping("/admin/personal-data")
@PreAuthorize("hasRole('ADMIN')")
class PersonalDataPages {

    private final PersonalDataService privacy;

    PersonalDataPages(PersonalDataService privacy) {
        this.privacy = privacy;
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
}
