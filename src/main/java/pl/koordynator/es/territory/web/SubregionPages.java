package pl.koordynator.es.territory.web;

import java.util.HashMap;
import java.util.Map;

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
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.domain.SubregionService;
import pl.koordynator.es.territory.domain.TerritoryService;

/** Subregions of the region: list, create, edit, delete. */
@Controller
@RequestMapping("/admin/territory/subregions")
class SubregionPages {

    private final SubregionService subregions;
    private final TerritoryService territory;
    private final AuditTrail audit;

    SubregionPages(SubregionService subregions, TerritoryService territory, AuditTrail audit) {
        this.subregions = subregions;
        this.territory = territory;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("subregions", subregions.list());
        model.addAttribute("powiatNames", powiatNames());
        return "territory/subregions";
    }

    @GetMapping("/new")
    String newSubregion(Model model) {
        model.addAttribute("form", new SubregionForm());
        return formPage(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") SubregionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            Subregion created = subregions.create(form.toChange());
            redirect.addFlashAttribute("message", "territory.subregion.created");
            return "redirect:/admin/territory/subregions/" + created.id();
        } catch (InvalidInputException problems) {
            problems.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
        }
        return formPage(null, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Subregion subregion = subregions.get(id);
        model.addAttribute("form", SubregionForm.of(subregion));
        return formPage(subregion, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") SubregionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Subregion subregion = subregions.get(id);
        try {
            subregions.update(id, form.toChange());
            redirect.addFlashAttribute("message", "territory.subregion.saved");
            return "redirect:/admin/territory/subregions/" + id;
        } catch (InvalidInputException problems) {
            problems.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
        } catch (ConflictException concurrent) {
            result.reject("problem.concurrentEdit");
        }
        return formPage(subregion, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            subregions.delete(id, version);
            redirect.addFlashAttribute("message", "territory.subregion.deleted");
            return "redirect:/admin/territory/subregions";
        } catch (ConflictException concurrent) {
            redirect.addFlashAttribute("error", "problem.concurrentEdit");
            return "redirect:/admin/territory/subregions/" + id;
        }
    }

    private String formPage(Subregion subregion, Model model) {
        model.addAttribute("subregion", subregion);
        model.addAttribute("powiats", territory.units(Level.POWIAT, null));
        Map<String, String> owners = new HashMap<>();
        subregions.list().stream().filter(other -> subregion == null || other.id() != subregion.id())
                .forEach(other -> other.powiatTeryts().forEach(powiat -> owners.put(powiat, other.name())));
        model.addAttribute("owners", owners);
        model.addAttribute("owesChoices", subregions.owesChoices());
        if (subregion != null) {
            model.addAttribute("history",
                    audit.find(AuditQuery.forRecord("Subregion", subregion.id()), new Paging(0, 10)));
        }
        return subregion == null ? "territory/subregion-new" : "territory/subregion-edit";
    }

    private Map<String, String> powiatNames() {
        Map<String, String> names = new HashMap<>();
        territory.units(Level.POWIAT, null).forEach(unit -> names.put(unit.teryt(), unit.name()));
        return names;
    }
}
