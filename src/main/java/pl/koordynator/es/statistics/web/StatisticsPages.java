package pl.koordynator.es.statistics.web;

import java.util.Map;
import java.util.SortedMap;

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
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.domain.IndicatorCatalogue;
import pl.koordynator.es.statistics.domain.StoredIndicator;

/** The indicator catalogue for ADMIN: every indicator with its years of data; define, edit, delete. */
@Controller
@RequestMapping("/admin/statistics")
class StatisticsPages {

    private final IndicatorCatalogue catalogue;
    private final AuditTrail audit;

    StatisticsPages(IndicatorCatalogue catalogue, AuditTrail audit) {
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("indicators", catalogue.list());
        model.addAttribute("counts", catalogue.valueCounts());
        return "statistics/catalogue";
    }

    @GetMapping("/indicators/new")
    String newIndicator(Model model) {
        model.addAttribute("form", new IndicatorForm());
        return formPage(null, model);
    }

    @PostMapping("/indicators")
    String create(@ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            StoredIndicator created = catalogue.create(form.toInput());
            redirect.addFlashAttribute("message", "statistics.indicator.created");
            return "redirect:/admin/statistics/indicators/" + created.code();
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        }
        return formPage(null, model);
    }

    @GetMapping("/indicators/{code}")
    String edit(@PathVariable String code, Model model) {
        StoredIndicator indicator = catalogue.get(code);
        model.addAttribute("form", IndicatorForm.of(indicator));
        return formPage(indicator, model);
    }

    @PostMapping("/indicators/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") IndicatorForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        StoredIndicator indicator = catalogue.get(code);
        try {
            catalogue.update(indicator.code(), form.toInput());
            redirect.addFlashAttribute("message", "statistics.indicator.saved");
            return "redirect:/admin/statistics/indicators/" + indicator.code();
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            result.reject(conflict.messageKey(), conflict.arguments(), conflict.getMessage());
        }
        return formPage(indicator, model);
    }

    /** Deletes the indicator with its values once the checkbox confirms that the values go too. */
    @PostMapping("/indicators/{code}/delete")
    String delete(@PathVariable String code, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        StoredIndicator indicator = catalogue.get(code);
        if (confirm == null) {
            redirect.addFlashAttribute("deleteError", "statistics.indicator.delete.confirmRequired");
            return "redirect:/admin/statistics/indicators/" + indicator.code();
        }
        try {
            int values = catalogue.delete(indicator.code(), version);
            redirect.addFlashAttribute("message", "statistics.indicator.deleted");
            redirect.addFlashAttribute("messageArgs", new Object[] {indicator.code(), values});
            return "redirect:/admin/statistics";
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("deleteError", conflict.messageKey());
            return "redirect:/admin/statistics/indicators/" + indicator.code();
        }
    }

    private String formPage(StoredIndicator indicator, Model model) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("categories", IndicatorCategory.values());
        model.addAttribute("aggregations", Aggregation.values());
        if (indicator != null) {
            Map<String, SortedMap<Integer, Long>> counts = catalogue.valueCounts();
            SortedMap<Integer, Long> years = counts.get(indicator.code());
            model.addAttribute("years", years == null ? Map.of() : years);
            model.addAttribute("valueCount", years == null ? 0 : years.values().stream().mapToLong(n -> n).sum());
            model.addAttribute("history", audit.find(AuditQuery.forRecord("Indicator", indicator.code()),
                    new Paging(0, 10)));
        } else {
            model.addAttribute("years", Map.of());
            model.addAttribute("history", null);
        }
        return indicator == null ? "statistics/indicator-new"
                : indicator.builtIn() ? "statistics/indicator-view" : "statistics/indicator-edit";
    }
}
