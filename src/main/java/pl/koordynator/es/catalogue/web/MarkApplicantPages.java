package pl.koordynator.es.catalogue.web;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.catalogue.MarkApplicationKind;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkEvidenceFile;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * A PES (or its OWES) applies for the mark for a published offer, with the PDF evidence of the
 * declared criteria if it has one, follows its applications, attaches or replaces the evidence of
 * an open one, downloads it, and withdraws an open application.
 */
@Controller
@RequestMapping("/znak")
class MarkApplicantPages {

    private final CatalogueMarks marks;
    private final UploadSettings uploads;

    MarkApplicantPages(CatalogueMarks marks, UploadSettings uploads) {
        this.marks = marks;
        this.uploads = uploads;
    }

    @GetMapping
    String mine(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("applications", marks.applications(null, Paging.of(page, null)));
        model.addAttribute("offers", marks.offersToApplyFor());
        model.addAttribute("pageLinkBase", "/znak?page=");
        return "catalogue/mark/mine";
    }

    @GetMapping("/nowy")
    String newApplication(@RequestParam(required = false) Long offer,
            @RequestParam(required = false) MarkApplicationKind kind, Model model) {
        MarkApplicationForm form = new MarkApplicationForm();
        form.setOfferId(offer);
        form.setKind(kind == null ? MarkApplicationKind.NEW : kind);
        return form(form, model);
    }

    @PostMapping
    String apply(@ModelAttribute("form") MarkApplicationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, MarkApplicationForm::onFields, () -> {
            MarkApplicationView created = marks.apply(form.toInput(), form.evidenceFile());
            redirect.addFlashAttribute("message", "catalogue.mark.pages.applied");
            return "redirect:/znak/" + created.id();
        });
        return next != null ? next : form(form, model);
    }

    private String form(MarkApplicationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("offers", marks.offersToApplyFor());
        model.addAttribute("evidenceLimit", Uploads.megabytes(uploads.reportAttachments()));
        return "catalogue/mark/form";
    }

    @GetMapping("/{id:\\d+}")
    String application(@PathVariable long id, Model model) {
        model.addAttribute("markApplication", marks.application(id));
        model.addAttribute("board", false);
        model.addAttribute("evidenceLimit", Uploads.megabytes(uploads.reportAttachments()));
        return "catalogue/mark/application";
    }

    @PostMapping("/{id:\\d+}/dowod")
    String attachEvidence(@PathVariable long id, @RequestParam(name = "evidence", required = false) MultipartFile evidence,
            RedirectAttributes redirect) throws IOException {
        try {
            marks.attachEvidence(id, evidence == null ? null
                    : new MarkEvidenceFile(evidence.getOriginalFilename(), evidence.getBytes()));
            redirect.addFlashAttribute("message", "catalogue.mark.pages.evidenceAttached");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("stepError", refused.messageKey());
        } catch (InvalidInputException problems) {
            var first = problems.problems().get(0);
            redirect.addFlashAttribute("stepError", first.messageKey());
            redirect.addFlashAttribute("stepErrorArguments", first.arguments());
        }
        return "redirect:/znak/" + id;
    }

    @GetMapping("/{id:\\d+}/dowod")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        return MarkEvidenceDownload.of(marks.evidence(id));
    }

    @PostMapping("/{id:\\d+}/wycofanie")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        try {
            marks.withdraw(id);
            redirect.addFlashAttribute("message", "catalogue.mark.pages.withdrawn");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("stepError", refused.messageKey());
        }
        return "redirect:/znak/" + id;
    }
}
