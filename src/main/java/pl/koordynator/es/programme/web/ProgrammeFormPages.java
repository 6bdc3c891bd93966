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
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.domain.IndicatorInput;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.programme.domain.IndicatorView;
import pl.koordynator.es.programme.domain.MeasureCatalogue;
import pl.koordynator.es.programme.domain.NodeInput;
import pl.koordynator.es.programme.domain.ProgrammeOrganisations;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.programme.domain.ProgrammeView.NodeView;
import pl.koordynator.es.programme.domain.VersionInput;
import pl.koordynator.es.programme.domain.ProgrammeInput;
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
    private final ProgrammeOrganisations organisations;

    ProgrammeFormPages(ProgrammeService programmes, IndicatorService indicators, MeasureCatalogue measures,
            ProgrammeOrganisations organisations) {
        this.programmes = programmes;
        this.indicators = indicators;
        this.measures = measures;
        this.organisations = organisations;
    }

    // programmes and their versions

    @GetMapping("/admin/programme/new")
    String newProgramme(Model model) {
        return programmePage(new ProgrammeForm(), null, model);
    }

    @PostMapping("/admin/programme")
    String createProgramme(@ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ProgrammeInput input = form.toInput(result);
        if (input != null) {
            try {
                ProgrammeView created = programmes.create(input);
                redirect.addFlashAttribute("message", "programme.forms.programme.created");
                return "redirect:/programme/" + created.id();
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            }
        }
        return programmePage(form, null, model);
    }

    @GetMapping("/admin/programme/{id:\\d+}/edit")
    String editProgramme(@PathVariable long id, Model model) {
        ProgrammeView programme = programmes.view(id);
        return programmePage(ProgrammeForm.of(programme), programme, model);
    }

    @PostMapping("/admin/programme/{id:\\d+}")
    String updateProgramme(@PathVariable long id, @ModelAttribute("form") ProgrammeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        ProgrammeInput input = form.toInput(result);
        if (input != null) {
            try {
                programmes.updateDetails(id, input);
                redirect.addFlashAttribute("message", "programme.forms.programme.saved");
                return "redirect:/programme/" + id;
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException conflict) {
                result.reject(conflict.messageKey());
            }
        }
        return programmePage(form, programmes.view(id), model);
    }

    @PostMapping("/admin/programme/{id:\\d+}/in-force")
    String putInForce(@PathVariable long id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            programmes.putInForce(id, version);
            redirect.addFlashAttribute("message", "programme.forms.programme.inForce");
            return "redirect:/programme/" + id;
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("error", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/admin/programme/" + id + "/edit";
    }

    @PostMapping("/admin/programme/{id:\\d+}/versions")
    String newVersion(@PathVariable long id, @RequestParam(required = false) String changeSummary, Model model,
            RedirectAttributes redirect) {
        try {
            ProgrammeView created = programmes.newVersion(id, new VersionInput(changeSummary));
            redirect.addFlashAttribute("message", "programme.forms.version.created");
            return "redirect:/admin/programme/" + created.id() + "/edit";
        } catch (InvalidInputException problems) {
            ProgrammeView programme = programmes.view(id);
            model.addAttribute("changeSummary", changeSummary);
            model.addAttribute("changeSummaryError", problems.problems().get(0));
            return programmePage(ProgrammeForm.of(programme), programme, model);
        }
    }

    private String programmePage(ProgrammeForm form, ProgrammeView programme, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("statuses", List.of(pl.koordynator.es.programme.ProgrammeStatus.DRAFT,
                pl.koordynator.es.programme.ProgrammeStatus.IN_FORCE));
        return "programme/programme-form";
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

    // nodes

    @GetMapping("/admin/programme/{programmeId:\\d+}/nodes/new")
    String newNode(@PathVariable long programmeId, @RequestParam(required = false) Long parentId, Model model) {
        ProgrammeView programme = programmes.view(programmeId);
        NodeLevel level = childLevel(programme, parentId);
        return nodePage(NodeForm.empty(level, parentId, programme.version()), programme, null, model);
    }

    @PostMapping("/admin/programme/{programmeId:\\d+}/nodes")
    String createNode(@PathVariable long programmeId, @ModelAttribute("form") NodeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return saveNode(programmeId, null, form, result, model, redirect);
    }

    @GetMapping("/admin/programme/{programmeId:\\d+}/nodes/{nodeId:\\d+}/edit")
    String editNode(@PathVariable long programmeId, @PathVariable long nodeId, Model model) {
        ProgrammeView programme = programmes.view(programmeId);
        NodeView node = requireNode(programme, nodeId);
        return nodePage(NodeForm.of(node, programme.version()), programme, node, model);
    }

    @PostMapping("/admin/programme/{programmeId:\\d+}/nodes/{nodeId:\\d+}")
    String updateNode(@PathVariable long programmeId, @PathVariable long nodeId, @ModelAttribute("form") NodeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return saveNode(programmeId, nodeId, form, result, model, redirect);
    }

    /** The pickers' suggestions (static/js/combobox.js). */
    @GetMapping("/admin/programme/organisations")
    String organisations(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", organisations.named(text, 10));
        return "fragments/combobox :: options";
    }

    private String saveNode(long programmeId, Long nodeId, NodeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.pick(organisations::picked);
        NodeInput input = form.toInput(nodeId, result);
        if (input != null) {
            try {
                programmes.saveNode(programmeId, nodeId == null ? form.getParentId() : null, input, form.getVersion());
                redirect.addFlashAttribute("message", nodeId == null ? "programme.forms.node.created"
                        : "programme.forms.node.saved");
                return "redirect:/programme/" + programmeId;
            } catch (InvalidInputException problems) {
                FormErrors.add(result, form.onPickers(problems));
            } catch (ConflictException conflict) {
                result.reject(conflict.messageKey());
            }
        }
        ProgrammeView programme = programmes.view(programmeId);
        NodeView node = nodeId == null ? null : requireNode(programme, nodeId);
        form.setLevel(node == null ? childLevel(programme, form.getParentId()) : node.level());
        return nodePage(form.withEmptyPickers(), programme, node, model);
    }

    private String nodePage(NodeForm form, ProgrammeView programme, NodeView node, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("node", node);
        model.addAttribute("parent", form.getParentId() == null ? null : requireNode(programme, form.getParentId()));
        model.addAttribute("actionStatuses", List.of("PLANNED", "ONGOING", "DONE", "ABANDONED"));
        return "programme/node-form";
    }

    /** What a new node under the parent is: a priority (a project's node) at the top, then objective, then action. */
    private static NodeLevel childLevel(ProgrammeView programme, Long parentId) {
        if (parentId == null) {
            return programme.project() ? NodeLevel.PROJECT : NodeLevel.PRIORITY;
        }
        NodeView parent = requireNode(programme, parentId);
        return switch (parent.level()) {
            case PRIORITY -> NodeLevel.OBJECTIVE;
            case OBJECTIVE -> NodeLevel.ACTION;
            default -> throw new NotFoundException("node", parentId);
        };
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
