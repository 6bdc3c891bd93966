package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.KnownValues;
import pl.koordynator.es.reporting.domain.ReportAccess.Reporter;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * Entering a report's values: each value checked against its indicator's type, breakdown totals
 * against their cells, the template's rules, and a comment required where a value differs from
 * one another module knows. Runs inside the caller's transaction ({@link ReportService}).
 */
@Component
class ReportValues {

    private final ReportRepository reports;
    private final TemplateRepository templates;
    private final ReportViews views;
    private final ReportAccess access;
    private final AuditTrail audit;
    private final ReportingText text;
    private final ObjectProvider<KnownValues> knownValues;

    ReportValues(ReportRepository reports, TemplateRepository templates, ReportViews views, ReportAccess access,
            AuditTrail audit, ReportingText text, ObjectProvider<KnownValues> knownValues) {
        this.reports = reports;
        this.templates = templates;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.text = text;
        this.knownValues = knownValues;
    }

    /** The template version a report was created with. */
    Template template(ReportView report) {
        return templates.byId(report.templateId()).orElseThrow();
    }

    /** Values other modules know for the report's OWES and period, by indicator code. */
    Map<String, KnownValue> knownValues(ReportView report) {
        Map<String, KnownValue> known = new LinkedHashMap<>();
        for (Indicator indicator : template(report).indicators()) {
            if (!indicator.numeric()) {
                continue;
            }
            knownValues.orderedStream()
                    .map(source -> source.value(report.owesId(), indicator.code(), report.periodStart(), report.periodEnd()))
                    .flatMap(Optional::stream).findFirst().ifPresent(value -> known.put(indicator.code(), value));
        }
        return known;
    }

    /** The problems the values would have if saved, without saving them; for validation as one types. */
    List<FieldProblem> check(long id, ValuesInput input) {
        ReportView report = views.view(views.visible(id, access.reporter()));
        try {
            merge(report, input);
            return List.of();
        } catch (InvalidInputException problems) {
            return problems.problems();
        }
    }

    ReportView save(long id, ValuesInput input) {
        Reporter reporter = access.reporter();
        ReportView before = views.view(views.visible(id, reporter));
        ReportViews.requireEditable(before);
        List<ReportRepository.Value> merged = merge(before, input);
        long version = input.version() == null ? before.version() : input.version();
        if (!reports.writeValues(id, version, merged)) {
            throw ReportViews.stale(id, version);
        }
        ReportView after = views.view(reports.find(id).orElseThrow());
        audit.updated(ReportViews.ENTITY, id, ReportViews.state(before), ReportViews.state(after));
        return after;
    }

    /** Every value a report must have before it is submitted, and the template's rules; empty when it may go. */
    List<FieldProblem> submissionProblems(ReportView report) {
        Template template = template(report);
        List<FieldProblem> problems = new ArrayList<>();
        for (Indicator indicator : template.indicators()) {
            if (indicator.numeric() && report.values().get(indicator.code()) == null) {
                problems.add(new FieldProblem("values." + indicator.code(),
                        text.get("reporting.value.required", indicator.name())));
            }
        }
        problems.addAll(ruleProblems(template, numbers(report.values())));
        return problems;
    }

    /**
     * The report's values after applying the input: every value checked against its indicator's
     * type, breakdown totals against their cells, the template's rules, and comments where a
     * value differs from a known one. Throws with every problem at once.
     */
    List<ReportRepository.Value> merge(ReportView report, ValuesInput input) {
        Template template = template(report);
        Map<String, Object> values = new LinkedHashMap<>(report.values());
        Map<String, String> comments = new LinkedHashMap<>(report.comments());
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> given = input == null || input.values() == null ? Map.of() : input.values();
        given.forEach((key, raw) -> {
            String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            String cell = key.contains(".") ? key.substring(key.indexOf('.') + 1) : "";
            Optional<Indicator> indicator = template.indicator(code);
            if (indicator.isEmpty() || (!cell.isEmpty() && !indicator.get().breakdown().contains(cell))) {
                problems.add(new FieldProblem("values." + key, text.get("reporting.value.unknownCode", key)));
                return;
            }
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                values.remove(key);
                return;
            }
            parse(indicator.get(), key, raw, problems).ifPresent(value -> values.put(key, value));
        });
        if (input != null && input.comments() != null) {
            input.comments().forEach((code, comment) -> {
                if (template.indicator(code).isEmpty()) {
                    problems.add(new FieldProblem("comments." + code, text.get("reporting.value.unknownCode", code)));
                } else if (comment == null || comment.isBlank()) {
                    comments.remove(code);
                } else if (comment.strip().length() > 1000) {
                    problems.add(new FieldProblem("comments." + code, text.get("reporting.comment.length")));
                } else {
                    comments.put(code, comment.strip());
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Indicator indicator : template.indicators()) {
            if (!indicator.hasBreakdown()) {
                continue;
            }
            List<BigDecimal> cells = indicator.breakdown().stream()
                    .map(label -> values.get(indicator.code() + "." + label))
                    .map(v -> v instanceof BigDecimal number ? number : null).toList();
            boolean complete = cells.stream().allMatch(java.util.Objects::nonNull);
            BigDecimal sum = cells.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            Object total = values.get(indicator.code());
            if (total == null && complete) {
                values.put(indicator.code(), sum);
            } else if (total instanceof BigDecimal number && complete && number.compareTo(sum) != 0) {
                problems.add(new FieldProblem("values." + indicator.code(), text.get("reporting.value.breakdownSum",
                        indicator.name(), String.join(", ", indicator.breakdown()))));
            }
        }
        Map<String, BigDecimal> numbers = numbers(values);
        problems.addAll(ruleProblems(template, numbers));
        Map<String, KnownValue> known = knownValues(report);
        known.forEach((code, value) -> {
            BigDecimal entered = numbers.get(code);
            if (entered != null && entered.compareTo(value.value()) != 0
                    && (comments.get(code) == null || comments.get(code).isBlank())) {
                problems.add(new FieldProblem("comments." + code, text.get("reporting.value.overrideComment",
                        value.source())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<ReportRepository.Value> result = new ArrayList<>();
        values.forEach((key, value) -> {
            String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            String cell = key.contains(".") ? key.substring(key.indexOf('.') + 1) : "";
            result.add(new ReportRepository.Value(code, cell, value instanceof BigDecimal n ? n : null,
                    value instanceof String s ? s : null, cell.isEmpty() ? comments.get(code) : null));
        });
        // a comment without a value is kept on an empty total row, so the OWES does not lose it
        comments.forEach((code, comment) -> {
            if (!values.containsKey(code)) {
                result.add(new ReportRepository.Value(code, "", null, null, comment));
            }
        });
        return result;
    }

    private Optional<Object> parse(Indicator indicator, String key, Object raw, List<FieldProblem> problems) {
        String field = "values." + key;
        if (!indicator.numeric()) {
            String value = raw.toString().strip();
            if (value.length() > 4000) {
                problems.add(new FieldProblem(field, text.get("reporting.value.textLength", indicator.name())));
                return Optional.empty();
            }
            return Optional.of(value);
        }
        BigDecimal number;
        try {
            number = raw instanceof Number n ? new BigDecimal(n.toString())
                    : new BigDecimal(raw.toString().strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, text.get("reporting.value.number", indicator.name())));
            return Optional.empty();
        }
        if (number.signum() < 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.negative", indicator.name())));
            return Optional.empty();
        }
        if (indicator.valueType() == ValueType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.integer", indicator.name())));
            return Optional.empty();
        }
        if (indicator.valueType() == ValueType.PERCENT && number.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.percent", indicator.name())));
            return Optional.empty();
        }
        if (number.stripTrailingZeros().scale() > 4 || number.compareTo(new BigDecimal("99999999999999")) > 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.precision", indicator.name())));
            return Optional.empty();
        }
        return Optional.of(normalise(number));
    }

    /** Each broken rule as a problem of the first indicator it names, with the rule's own message. */
    List<FieldProblem> ruleProblems(Template template, Map<String, BigDecimal> numbers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Rule rule : template.rules()) {
            RuleExpression expression = rule.parsed();
            if (expression.test(numbers).orElse(true)) {
                continue;
            }
            problems.add(new FieldProblem("values." + expression.codes().iterator().next(),
                    text.get("reporting.value.rule", rule.message(), rule.expression())));
        }
        return problems;
    }

    private static Map<String, BigDecimal> numbers(Map<String, Object> values) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!key.contains(".") && value instanceof BigDecimal number) {
                numbers.put(key, number);
            }
        });
        return numbers;
    }

    static BigDecimal normalise(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
