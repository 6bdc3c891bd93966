package pl.koordynator.es.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.reporting.domain.Indicator;
import pl.koordynator.es.reporting.domain.Rule;
import pl.koordynator.es.reporting.domain.Template;
import pl.koordynator.es.reporting.domain.TemplateInput;
import pl.koordynator.es.reporting.domain.TemplateService;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * ADMIN's template pages. Indicators and rules are edited as lines of text separated by
 * {@code |} (an indicator: code | name | unit | type | aggregation | breakdown labels split by
 * {@code ;}; a rule: expression | message), which a ROPS officer can paste from a spreadsheet.
 */
@Controller
@RequestMapping("/admin/reporting/templates")
class TemplatePages {

    /** The form as typed. */
    static class TemplateForm {
        private String code = "";
        private String name = "";
        private String periodType = "QUARTER";
        private Integer deadlineDays = 20;
        private String indicators = "";
        private String rules = "";

        static TemplateForm of(Template template) {
            TemplateForm form = new TemplateForm();
            form.code = template.code();
            form.name = template.name();
            form.periodType = template.periodType().name();
            form.deadlineDays = template.deadlineDays();
            StringBuilder indicators = new StringBuilder();
            for (Indicator i : template.indicators()) {
                indicators.append(String.join(" | ", i.code(), i.name(), i.unit(), i.valueType().name(),
                        i.aggregation().name(), String.join(";", i.breakdown()))).append('\n');
            }
            form.indicators = indicators.toString();
            StringBuilder rules = new StringBuilder();
            for (Rule r : template.rules()) {
                rules.append(r.expression()).append(" | ").append(r.message()).append('\n');
            }
            form.rules = rules.toString();
            return form;
        }

        TemplateInput toInput() {
            List<TemplateInput.IndicatorInput> indicatorInputs = new ArrayList<>();
            for (String line : lines(indicators)) {
                String[] parts = Arrays.copyOf(line.split("\\|", -1), 6);
                indicatorInputs.add(new TemplateInput.IndicatorInput(part(parts[0]), part(parts[1]), part(parts[2]),
                        part(parts[3]).toUpperCase(java.util.Locale.ROOT), part(parts[4]).toUpperCase(java.util.Locale.ROOT),
                        Arrays.asList(part(parts[5]).split(";"))));
            }
            List<TemplateInput.RuleInput> ruleInputs = new ArrayList<>();
            for (String line : lines(rules)) {
                int bar = line.indexOf('|');
                ruleInputs.add(bar < 0 ? new TemplateInput.RuleInput(line.strip(), "")
                        : new TemplateInput.RuleInput(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            }
            return new TemplateInput(code, name, periodType, deadlineDays, indicatorInputs, ruleInputs);
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
        }

        private static String part(String part) {
            return part == null ? "" : part.strip();
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPeriodType() { return periodType; }
        public void setPeriodType(String periodType) { this.periodType = periodType; }
        public Integer getDeadlineDays() { return deadlineDays; }
        public void setDeadlineDays(Integer deadlineDays) { this.deadlineDays = deadlineDays; }
        public String getIndicators() { return indicators; }
        public void setIndicators(String indicators) { this.indicators = indicators; }
        public String getRules() { return rules; }
        public void setRules(String rules) { this.rules = rules; }
    }

    private final TemplateService templates;

    TemplatePages(TemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.current());
        return "reporting/templates";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(new TemplateForm(), false, Map.of(), model);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        Template template = templates.current(code);
        model.addAttribute("versions", templates.versions(code));
        return form(TemplateForm.of(template), true, Map.of(), model);
    }

    @PostMapping
    String save(@ModelAttribute("form") TemplateForm form, @org.springframework.web.bind.annotation.RequestParam(
            required = false) boolean existing, Model model, RedirectAttributes redirect) {
        try {
            Template saved = templates.save(form.toInput());
            redirect.addFlashAttribute("message", "reporting.templates.saved");
            redirect.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/admin/reporting/templates";
        } catch (InvalidInputException problems) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            problems.problems().forEach(p -> {
                String field = p.field();
                String group = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
                String text = p.messageKey();
                if (field.contains("[")) {
                    int line = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']'))) + 1;
                    text = lineText(line) + text;
                }
                errors.computeIfAbsent(group, g -> new ArrayList<>()).add(text);
            });
            return form(form, existing, errors, model);
        }
    }

    private static String lineText(int line) {
        return "[" + line + "] ";
    }

    private String form(TemplateForm form, boolean existing, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("periodTypes", PeriodType.values());
        return "reporting/template-form";
    }
}
