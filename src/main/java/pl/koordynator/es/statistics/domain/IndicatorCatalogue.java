package pl.koordynator.es.statistics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.StatisticsChanged;

/**
 * The indicator catalogue: everyone may read it; ADMIN defines further indicators, edits and
 * deletes them (with their values). The built-in ones are the programme's and stay as they are.
 * Only built-in indicators are live: what ADMIN defines always comes from imports.
 */
@Service
public class IndicatorCatalogue {

    static final String ENTITY = "Indicator";
    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    static final int NAME_MAX = 150;
    static final int UNIT_MAX = 60;
    static final int SOURCE_MAX = 200;
    static final int ALIAS_MAX = 200;
    static final int ALIASES_MAX = 30;

    private final IndicatorRepository indicators;
    private final StatisticValueRepository values;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    IndicatorCatalogue(IndicatorRepository indicators, StatisticValueRepository values, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.values = values;
        this.audit = audit;
        this.events = events;
    }

    /** Every indicator: built-in ones in the programme's order, then the others by code. */
    @Transactional(readOnly = true)
    public List<StoredIndicator> list() {
        return indicators.all();
    }

    @Transactional(readOnly = true)
    public StoredIndicator get(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return indicators.find(normalised).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    /** For each indicator with values: year → number of values. */
    @Transactional(readOnly = true)
    public Map<String, SortedMap<Integer, Long>> valueCounts() {
        return indicators.valueCounts();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StoredIndicator create(IndicatorInput input) {
        Checked checked = check(input, null);
        try {
            indicators.insert(checked.definition(), checked.bdlNames());
        } catch (DuplicateKeyException race) {
            throw InvalidInputException.of("code", "statistics.indicator.code.taken");
        }
        StoredIndicator created = indicators.find(checked.definition().code()).orElseThrow();
        audit.created(ENTITY, created.code(), state(created));
        events.publishEvent(new StatisticsChanged(Set.of(created.code()), Set.of()));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StoredIndicator update(String code, IndicatorInput input) {
        StoredIndicator before = get(code);
        if (before.builtIn()) {
            throw builtIn(before.code());
        }
        long version = input.version() == null ? before.version() : input.version();
        if (version != before.version()) {
            throw concurrentEdit(before.code());
        }
        Checked checked = check(input, before);
        if (!indicators.update(checked.definition(), checked.bdlNames(), version)) {
            throw concurrentEdit(before.code());
        }
        StoredIndicator after = indicators.find(before.code()).orElseThrow();
        audit.updated(ENTITY, after.code(), state(before), state(after));
        events.publishEvent(new StatisticsChanged(Set.of(after.code()), Set.copyOf(values.years(after.code()))));
        return after;
    }

    /** Deletes an indicator ADMIN defined, with all its values; returns how many values went with it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int delete(String code, Long version) {
        StoredIndicator before = get(code);
        if (before.builtIn()) {
            throw builtIn(before.code());
        }
        List<Integer> years = values.years(before.code());
        int removed = values.count(before.code());
        if (!indicators.delete(before.code(), version == null ? before.version() : version)) {
            throw concurrentEdit(before.code());
        }
        Map<String, Object> state = state(before);
        state.put("values", removed);
        audit.deleted(ENTITY, before.code(), state);
        events.publishEvent(new StatisticsChanged(Set.of(before.code()), Set.copyOf(years)));
        return removed;
    }

    private record Checked(IndicatorDefinition definition, List<String> bdlNames) {
    }

    private Checked check(IndicatorInput input, StoredIndicator existing) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = existing != null ? existing.code() : text(input.code()).toUpperCase(Locale.ROOT);
        if (existing == null) {
            if (code.isEmpty()) {
                problems.add(new FieldProblem("code", "statistics.indicator.code.required"));
            } else if (!CODE.matcher(code).matches()) {
                problems.add(new FieldProblem("code", "statistics.indicator.code.format"));
            } else if (indicators.find(code).isPresent()) {
                problems.add(new FieldProblem("code", "statistics.indicator.code.taken"));
            }
        }
        String namePl = required(input.namePl(), "namePl", NAME_MAX, problems);
        String nameEn = required(input.nameEn(), "nameEn", NAME_MAX, problems);
        String unitPl = optional(input.unitPl(), "unitPl", UNIT_MAX, problems);
        String unitEn = optional(input.unitEn(), "unitEn", UNIT_MAX, problems);
        String source = optional(input.source(), "source", SOURCE_MAX, problems);
        IndicatorCategory category = choice(IndicatorCategory.class, input.category(), "category", problems);
        Aggregation aggregation = choice(Aggregation.class, input.aggregation(), "aggregation", problems);
        List<String> bdlNames = aliases(input.bdlNames(), problems);
        checkLabels(code, namePl, bdlNames, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(new IndicatorDefinition(code, namePl, nameEn, unitPl, unitEn, source, category,
                aggregation, false, false), bdlNames);
    }

    /** Aliases trimmed, blank lines dropped, repeats (after normalising) kept once. */
    private static List<String> aliases(List<String> names, List<FieldProblem> problems) {
        Map<String, String> byNormalised = new LinkedHashMap<>();
        for (String name : names == null ? List.<String>of() : names) {
            for (String line : (name == null ? "" : name).split("\\R")) {
                String alias = Labels.collapse(line);
                if (alias.length() > ALIAS_MAX) {
                    problems.add(new FieldProblem("bdlNames", "statistics.indicator.bdlNames.tooLong"));
                    return List.of();
                }
                if (!Labels.normalise(alias).isEmpty()) {
                    byNormalised.putIfAbsent(Labels.normalise(alias), alias);
                }
            }
        }
        if (byNormalised.size() > ALIASES_MAX) {
            problems.add(new FieldProblem("bdlNames", "statistics.indicator.bdlNames.tooMany"));
            return List.of();
        }
        return List.copyOf(byNormalised.values());
    }

    /**
     * A BDL column label must lead to one indicator, so an alias or Polish name that is already
     * another indicator's alias or Polish name is refused.
     */
    private void checkLabels(String code, String namePl, List<String> bdlNames, List<FieldProblem> problems) {
        Map<String, String> taken = new LinkedHashMap<>();
        for (StoredIndicator other : indicators.all()) {
            if (other.code().equals(code)) {
                continue;
            }
            other.bdlNames().forEach(alias -> taken.putIfAbsent(Labels.normalise(alias), other.code()));
            taken.putIfAbsent(Labels.normalise(other.definition().namePl()), other.code());
        }
        if (!namePl.isEmpty() && taken.containsKey(Labels.normalise(namePl))) {
            problems.add(new FieldProblem("namePl", "statistics.indicator.namePl.taken"));
        }
        if (bdlNames.stream().anyMatch(alias -> taken.containsKey(Labels.normalise(alias)))) {
            problems.add(new FieldProblem("bdlNames", "statistics.indicator.bdlNames.taken"));
        }
    }

    private static String required(String value, String field, int max, List<FieldProblem> problems) {
        String text = Labels.collapse(value);
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, "statistics.indicator." + field + ".required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "statistics.indicator." + field + ".tooLong"));
        }
        return text;
    }

    private static String optional(String value, String field, int max, List<FieldProblem> problems) {
        String text = Labels.collapse(value);
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "statistics.indicator." + field + ".tooLong"));
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
            List<FieldProblem> problems) {
        String text = text(value).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, "statistics.indicator." + field + ".required"));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(new FieldProblem(field, "statistics.indicator." + field + ".unknown"));
        return null;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static ConflictException builtIn(String code) {
        return new ConflictException("statistics.indicator.builtIn", "Indicator " + code + " is built in",
                new Object[] {code}, Map.of("code", code));
    }

    private static ConflictException concurrentEdit(String code) {
        return new ConflictException("problem.concurrentEdit", "Indicator " + code + " was changed by someone else");
    }

    /** The audited fields; empty ones as null, so that the trail lists only what has a value. */
    private static Map<String, Object> state(StoredIndicator indicator) {
        IndicatorDefinition definition = indicator.definition();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("namePl", definition.namePl());
        state.put("nameEn", definition.nameEn());
        state.put("unitPl", blankAsNull(definition.unitPl()));
        state.put("unitEn", blankAsNull(definition.unitEn()));
        state.put("source", blankAsNull(definition.source()));
        state.put("category", definition.category().name());
        state.put("aggregation", definition.aggregation().name());
        state.put("bdlNames", blankAsNull(String.join("; ", indicator.bdlNames())));
        return state;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
