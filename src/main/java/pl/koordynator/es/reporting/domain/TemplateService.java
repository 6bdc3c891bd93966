package pl.koordynator.es.reporting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;

/**
 * Report templates. ADMIN writes them; saving a template some report already uses makes a new
 * version (the reports keep theirs), otherwise the current version is corrected in place. Rules
 * are parsed at save, so a template never holds a rule that cannot be evaluated.
 */
@Service
public class TemplateService {

    static final String ENTITY = "ReportTemplate";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} _-]{1,40}");

    private final TemplateRepository templates;
    private final AuditTrail audit;
    private final ReportingText text;

    TemplateService(TemplateRepository templates, AuditTrail audit, ReportingText text) {
        this.templates = templates;
        this.audit = audit;
        this.text = text;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public List<Template> current() {
        return templates.allCurrent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public Template current(String code) {
        return templates.current(code).orElseThrow(() -> new NotFoundException("template", code));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Integer> versions(String code) {
        return templates.versions(code);
    }

    /** Saves a new template or a change of one; a change of a template with reports becomes version n+1. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Template save(TemplateInput input) {
        Template checked = check(input);
        var existing = templates.current(checked.code());
        if (existing.isEmpty()) {
            long id = templates.insert(withVersion(checked, 1));
            Template created = templates.byId(id).orElseThrow();
            audit.created(ENTITY, id, state(created));
            return created;
        }
        Template before = existing.get();
        if (templates.hasReports(before.id())) {
            long id = templates.insert(withVersion(checked, before.version() + 1));
            Template created = templates.byId(id).orElseThrow();
            audit.created(ENTITY, id, state(created));
            return created;
        }
        templates.replace(before.id(), checked);
        Template after = templates.byId(before.id()).orElseThrow();
        audit.updated(ENTITY, before.id(), state(before), state(after));
        return after;
    }

    /** The template as saved, or every problem of the input, each naming its field. */
    Template check(TemplateInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null) {
            throw InvalidInputException.of("code", text.get("reporting.template.code.format"));
        }
        String code = input.code() == null ? "" : input.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", text.get("reporting.template.code.format")));
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", text.get("reporting.template.name.required")));
        }
        PeriodType periodType = null;
        try {
            periodType = PeriodType.valueOf(input.periodType() == null ? "" : input.periodType().strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("periodType", text.get("reporting.template.periodType.invalid")));
        }
        if (input.deadlineDays() == null || input.deadlineDays() < 0 || input.deadlineDays() > 365) {
            problems.add(new FieldProblem("deadlineDays", text.get("reporting.template.deadlineDays.range")));
        }
        List<Indicator> indicators = new ArrayList<>();
        List<TemplateInput.IndicatorInput> indicatorInputs = input.indicators() == null ? List.of() : input.indicators();
        if (indicatorInputs.isEmpty()) {
            problems.add(new FieldProblem("indicators", text.get("reporting.template.indicators.required")));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < indicatorInputs.size(); i++) {
            indicator(indicatorInputs.get(i), "indicators[" + i + "].", codes, problems).ifPresent(indicators::add);
        }
        List<Rule> rules = new ArrayList<>();
        List<TemplateInput.RuleInput> ruleInputs = input.rules() == null ? List.of() : input.rules();
        Set<String> numeric = new HashSet<>();
        indicators.stream().filter(Indicator::numeric).forEach(i -> numeric.add(i.code()));
        for (int i = 0; i < ruleInputs.size(); i++) {
            TemplateInput.RuleInput rule = ruleInputs.get(i);
            String field = "rules[" + i + "].";
            String expression = rule.expression() == null ? "" : rule.expression().strip();
            try {
                RuleExpression parsed = RuleExpression.parse(expression);
                for (String used : parsed.codes()) {
                    if (!numeric.contains(used)) {
                        problems.add(new FieldProblem(field + "expression", text.get("reporting.rule.unknownCode",
                                used, position(expression, used))));
                    }
                }
            } catch (RuleExpression.SyntaxError error) {
                problems.add(new FieldProblem(field + "expression", text.get("reporting.rule.syntax",
                        error.position(), text.get(error.reason()))));
            }
            String message = rule.message() == null ? "" : rule.message().strip();
            if (message.isEmpty() || message.length() > 500) {
                problems.add(new FieldProblem(field + "message", text.get("reporting.rule.message.required")));
            }
            rules.add(new Rule(expression, message));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Template(0, code, 0, name, periodType, input.deadlineDays(), true, indicators, rules);
    }

    private java.util.Optional<Indicator> indicator(TemplateInput.IndicatorInput input, String field, Set<String> codes,
            List<FieldProblem> problems) {
        int before = problems.size();
        String code = input.code() == null ? "" : input.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(field + "code", text.get("reporting.indicator.code.format")));
        } else if (!codes.add(code)) {
            problems.add(new FieldProblem(field + "code", text.get("reporting.indicator.code.duplicate", code)));
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 300) {
            problems.add(new FieldProblem(field + "name", text.get("reporting.indicator.name.required")));
        }
        String unit = input.unit() == null ? "" : input.unit().strip();
        if (unit.length() > 40) {
            problems.add(new FieldProblem(field + "unit", text.get("reporting.indicator.unit.length")));
        }
        ValueType type = null;
        try {
            type = ValueType.valueOf(input.valueType() == null ? "" : input.valueType().strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field + "valueType", text.get("reporting.indicator.valueType.invalid")));
        }
        Aggregation aggregation = null;
        try {
            aggregation = Aggregation.valueOf(input.aggregation() == null ? "" : input.aggregation().strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field + "aggregation", text.get("reporting.indicator.aggregation.invalid")));
        }
        if (type == ValueType.TEXT && aggregation != null && aggregation != Aggregation.NONE) {
            problems.add(new FieldProblem(field + "aggregation", text.get("reporting.indicator.aggregation.text")));
        }
        List<String> breakdown = new ArrayList<>();
        for (String label : input.breakdown() == null ? List.<String>of() : input.breakdown()) {
            String stripped = label == null ? "" : label.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!LABEL.matcher(stripped).matches() || breakdown.contains(stripped)) {
                problems.add(new FieldProblem(field + "breakdown", text.get("reporting.indicator.breakdown.invalid")));
                break;
            }
            breakdown.add(stripped);
        }
        if (type == ValueType.TEXT && !breakdown.isEmpty()) {
            problems.add(new FieldProblem(field + "breakdown", text.get("reporting.indicator.breakdown.text")));
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Indicator(code, name, unit, type, aggregation, List.copyOf(breakdown)));
    }

    /** 1-based position of a code in a rule, for the error message. */
    private static int position(String expression, String code) {
        Matcher matcher = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(code) + "(?![A-Za-z0-9_])")
                .matcher(expression);
        return matcher.find() ? matcher.start() + 1 : 1;
    }

    private static Template withVersion(Template template, int version) {
        return new Template(0, template.code(), version, template.name(), template.periodType(),
                template.deadlineDays(), true, template.indicators(), template.rules());
    }

    static Map<String, Object> state(Template template) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", template.code());
        state.put("version", template.version());
        state.put("name", template.name());
        state.put("periodType", template.periodType());
        state.put("deadlineDays", template.deadlineDays());
        state.put("indicators", template.indicators().stream().map(Indicator::toString).toList());
        state.put("rules", template.rules().stream().map(r -> r.expression() + " : " + r.message()).toList());
        return state;
    }
}
