package pl.koordynator.es.programme.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.programme.domain.ApprovalInput;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * Values of manual indicators: entered by OWES or ROPS staff with their evidence, and ROPS's
 * queue of values waiting for approval, each approved or rejected with a reason. The rules
 * (evidence required, a computed indicator takes no manual value) are the service's.
 */
@Controller
class ManualValuePages {

    private final IndicatorService indicators;

    ManualValuePages(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/programme/indicators/{id:\\d+}/values")
    String form(@PathVariable long id, Model model) {
        return page(id, new ManualValueForm(), model);
    }

    @PostMapping("/programme/indicators/{id:\\d+}/values")
    String enter(@PathVariable long id, @ModelAttribute("form") ManualValueForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!form.valueIsNumber()) {
            result.rejectValue("value", "programme.page.values.notANumber");
        } else {
            try {
                indicators.enterValue(id, form.toInput());
                redirect.addFlashAttribute("message", "programme.page.values.entered");
                return "redirect:/programme/indicators/" + id + "/values";
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            }
        }
        return page(id, form, model);
    }

    @GetMapping("/admin/programme/approvals")
    String approvals(Model model) {
        model.addAttribute("values", indicators.pendingValues());
        return "programme/approvals";
    }

    @PostMapping("/admin/programme/approvals/{valueId:\\d+}")
    String decide(@PathVariable long valueId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        boolean approved = "approve".equals(decision);
        try {
            indicators.decide(valueId, new ApprovalInput(approved,
                    reason == null || reason.isBlank() ? null : reason.strip(), version));
            redirect.addFlashAttribute("message", approved ? "programme.page.approvals.approved"
                    : "programme.page.approvals.rejected");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("errorValue", valueId);
            redirect.addFlashAttribute("error", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("errorValue", valueId);
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/admin/programme/approvals";
    }

    private String page(long id, ManualValueForm form, Model model) {
        model.addAttribute("indicator", indicators.indicator(id));
        model.addAttribute("values", indicators.manualValues(id));
        model.addAttribute("form", form);
        return "programme/values";
    }
}
