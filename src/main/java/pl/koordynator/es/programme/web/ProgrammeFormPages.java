package pl.koordynator.es.programme.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.programme.domain.IndicatorInput;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.programme.domain.IndicatorView;
import pl.koordynator.es.programme.domain.MeasureCatalogue;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.programme.domain.ProgrammeView.NodeView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;

/**
 * ROPS keeps the programme's structure in pages as it does through the API: each form calls the
 * service method the API calls, so the rules (targets within the period, a known measure, a
 * version not replaced) and the audit are the same; a form with problems shows them beside its
 * fields and changes nothing.
 */
@Controller
class ProgrammeFormPages {

    private final ProgrammeService programmes;
    private final IndicatorService indicators;
    private final MeasureCatalogue measures;

    ProgrammeFormPages(ProgrammeService programmes, IndicatorService indicators, MeasureCatalogue measures) {
        this.programmes = programmes;
        this.indicators = indicators;
        this.measures = measures;
    }

    // indicators

    @GetMapping("/admin/programme/{programmeId:\\d+}/indicators/new")
    String newIndicator(@PathVariable long programmeId, @RequestParam long nodeId, Model model) {
        ProgrammeView programme = programmes.view(programmeId);
        requireNode(programme, nodeId);
        return indicatorPage(IndicatorForm.empty(nodeId, programme.startYear(), programme.endYear()), programme, null,
                model);
    }

    @PostMapping("/admin/programme/{programmeId:\\d+}/indicators")
    String createIndicator(@PathVariable long programmeId, @ModelAttribute("form") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        IndicatorInput input = form.toInput(result);
        if (input != null) {
            try {
                IndicatorView created = indicators.create(input);
                redirect.addFlashAttribute("message", "programme.forms.indicator.created");
                return "redirect:/programme/" + created.programmeId();
            } catch (InvalidInputException problems) {
                FormErrors.add(result, form.onRows(problems));
            } catch (ConflictException conflict) {
                result.reject(conflict.messageKey());
            }
        }
        return indicatorPage(form, programmes.view(programmeId), null, model);
    }

    @GetMapping("/admin/programme/indicators/{id:\\d+}/edit")
    String editIndicator(@PathVariable long id, Model model) {
        IndicatorView indicator = indicators.indicator(id);
        ProgrammeView programme = programmes.view(indicator.programmeId());
        return indicatorPage(IndicatorForm.of(indicator, programme.startYear(), programme.endYear()), programme,
                indicator, model);
    }

    @PostMapping("/admin/programme/indicators/{id:\\d+}")
    String updateIndicator(@PathVariable long id, @ModelAttribute("form") IndicatorForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        IndicatorInput input = form.toInput(result);
        if (input != null) {
            try {
                IndicatorView saved = indicators.update(id, input);
                redirect.addFlashAttribute("message", "programme.forms.indicator.saved");
                return "redirect:/programme/" + saved.programmeId();
            } catch (InvalidInputException problems) {
                FormErrors.add(result, form.onRows(problems));
            } catch (ConflictException conflict) {
                result.reject(conflict.messageKey());
            }
        }
        IndicatorView indicator = indicators.indicator(id);
        return indicatorPage(form, programmes.view(indicator.programmeId()), indicator, model);
    }

    private String indicatorPage(IndicatorForm form, ProgrammeView programme, IndicatorView indicator, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("indicator", indicator);
        model.addAttribute("node", form.getNodeId() == null ? null : node(programme.nodes(), form.getNodeId()).orElse(null));
        model.addAttribute("measures", measures.measures());
        return "programme/indicator-form";
    }

    static Optional<NodeView> node(List<NodeView> nodes, long id) {
        for (NodeView node : nodes) {
            if (node.id() == id) {
                return Optional.of(node);
            }
            Optional<NodeView> found = node(node.children(), id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static NodeView requireNode(ProgrammeView programme, long id) {
        return node(programme.nodes(), id).orElseThrow(() -> new NotFoundException("node", id));
    }
}
