package pl.koordynator.es.catalogue.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.catalogue.MarkApplicationKind;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.Paging;

/**
 * A PES (or its OWES) applies for the mark for a published offer, follows its applications and
 * withdraws an open one.
 */
@Controller
@RequestMapping("/znak")
class MarkApplicantPages {

    private final CatalogueMarks marks;

    MarkApplicantPages(CatalogueMarks marks) {
        this.marks = marks;
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
            MarkApplicationView created = marks.apply(form.toInput());
            redirect.addFlashAttribute("message", "catalogue.mark.pages.applied");
            return "redirect:/znak/" + created.id();
        });
        return next != null ? next : form(form, model);
    }

    private String form(MarkApplicationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("offers", marks.offersToApplyFor());
        return "catalogue/mark/form";
    }

    @GetMapping("/{id:\\d+}")
    String application(@PathVariable long id, Model model) {
        model.addAttribute("markApplication", marks.application(id));
        model.addAttribute("board", false);
        return "catalogue/mark/application";
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
