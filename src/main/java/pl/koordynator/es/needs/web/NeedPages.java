package pl.koordynator.es.needs.web;

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
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.needs.domain.NeedAccess.Viewer;
import pl.koordynator.es.needs.domain.NeedService;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The needs pages: one list (published needs for everyone, the organisation's own reports for
 * those who report, all of them with the waiting count for ROPS), a need's page with the actions
 * the caller may take, and the report form.
 */
@Controller
@RequestMapping("/needs")
class NeedPages {

    private static final String ENTITY = "ReportedNeed";

    private final NeedService needs;
    private final NeedChoices choices;
    private final AuditTrail audit;

    NeedPages(NeedService needs, NeedChoices choices, AuditTrail audit) {
        this.needs = needs;
        this.choices = choices;
        this.audit = audit;
    }

    @GetMapping
    String list(@ModelAttribute("filter") NeedFilter filter, Model model) {
        Viewer viewer = needs.viewer();
        // those who report for an organisation (not ROPS, who sees everything) start with their own reports
        boolean scoped = viewer.mayReport() && !viewer.admin();
        boolean own = scoped && filter.ownOr(true);
        PageOf<NeedView> page = needs.search(filter.toQuery(own), Paging.of(filter.page(), Paging.DEFAULT_SIZE));
        model.addAttribute("needs", page);
        model.addAttribute("viewer", viewer);
        model.addAttribute("scoped", scoped);
        model.addAttribute("own", own);
        if (viewer.admin()) {
            model.addAttribute("waiting", needs.countWaiting());
        }
        choices.addTo(model);
        return "needs/list";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        NeedView need = needs.get(id);
        return detailPage(need, DecisionForm.of(need.version()), model);
    }

    @GetMapping("/new")
    String newNeed(Model model) {
        needs.reporter();
        return formPage(new NeedForm(), null, model);
    }

    @PostMapping
    String submit(@ModelAttribute("form") NeedForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        needs.reporter();
        if (!result.hasErrors()) {
            try {
                NeedView created = needs.submit(form.toInput());
                redirect.addFlashAttribute("message", "needs.submitted");
                return "redirect:/needs/" + created.id();
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            }
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            NeedView need = needs.editable(id);
            return formPage(NeedForm.of(need), need, model);
        } catch (ConflictException decided) {
            redirect.addFlashAttribute("error", decided.messageKey());
            return "redirect:/needs/" + id;
        }
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") NeedForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        needs.reporter();
        NeedView need = needs.get(id);
        if (!result.hasErrors()) {
            try {
                needs.update(id, form.toInput());
                redirect.addFlashAttribute("message", "needs.saved");
                return "redirect:/needs/" + id;
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException conflict) {
                result.reject(conflict.messageKey());
            }
        }
        return formPage(form, need, model);
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            needs.withdraw(id, version);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
            return "redirect:/needs/" + id;
        }
        redirect.addFlashAttribute("message", "needs.withdrawn");
        return "redirect:/needs";
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, @ModelAttribute("decision") DecisionForm decision,
            RedirectAttributes redirect) {
        try {
            needs.publish(id, decision.toDecision());
            redirect.addFlashAttribute("message", "needs.publishedMessage");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("error", problems.problems().get(0).messageKey());
        }
        return "redirect:/needs/" + id;
    }

    @PostMapping("/{id:\\d+}/reject")
    String reject(@PathVariable long id, @ModelAttribute("decision") DecisionForm decision, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            needs.reject(id, decision.toDecision());
            redirect.addFlashAttribute("message", "needs.rejectedMessage");
            return "redirect:/needs/" + id;
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
            return "redirect:/needs/" + id;
        }
        model.addAttribute("decisionFormOpen", true);
        return detailPage(needs.get(id), decision, model);
    }

    private String detailPage(NeedView need, DecisionForm decision, Model model) {
        Viewer viewer = needs.viewer();
        model.addAttribute("need", need);
        model.addAttribute("decision", decision);
        model.addAttribute("viewer", viewer);
        model.addAttribute("mayEdit", viewer.mayEdit(need));
        model.addAttribute("mayWithdraw", viewer.mayWithdraw(need));
        model.addAttribute("mayPublish", viewer.mayPublish(need));
        model.addAttribute("mayReject", viewer.mayReject(need));
        model.addAttribute("maySeeDetails", viewer.maySeeDetails(need));
        if (viewer.maySeeDetails(need)) {
            model.addAttribute("history", audit.find(AuditQuery.forRecord(ENTITY, need.id()), new Paging(0, 20)));
        }
        choices.addTo(model);
        return "needs/detail";
    }

    private String formPage(NeedForm form, NeedView need, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("need", need);
        model.addAttribute("reporter", needs.viewer().reporter());
        choices.addTo(model);
        return "needs/form";
    }
}
