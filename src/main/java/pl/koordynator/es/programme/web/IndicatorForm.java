package pl.koordynator.es.programme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;
import pl.koordynator.es.programme.domain.IndicatorInput;
import pl.koordynator.es.programme.domain.IndicatorView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * The indicator form: a target row for each year of the programme (a row left empty sends no
 * target), and the quarterly targets carried along unchanged in hidden rows, since quarters are
 * set through the API or the import. Numbers are typed as people write them ("1 234,5"); a text
 * that is no number is the form's own error, before the service is asked.
 */
public class IndicatorForm {

    private static final Pattern TARGET_FIELD = Pattern.compile("^targets\\[(\\d+)](.*)$");

    private Long nodeId;
    private String code;
    private String name;
    private String unit;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private TimeAggregation aggregation = TimeAggregation.SUM;
    private String weight = "1";
    private String baselineValue;
    private String baselineYear;
    private List<TargetRow> targets = new ArrayList<>();
    private String kpresReference;
    private boolean publicIndicator;
    private ValueSource source = ValueSource.MANUAL;
    private String measure;
    private String comment;
    private Long version;

    /** The rows sent to the service, by their position in the form: problems name the service's positions. */
    private final List<Integer> sentRows = new ArrayList<>();

    static IndicatorForm empty(long nodeId, int startYear, int endYear) {
        IndicatorForm form = new IndicatorForm();
        form.nodeId = nodeId;
        for (int year = startYear; year <= endYear; year++) {
            form.targets.add(new TargetRow(year, null, null));
        }
        return form;
    }

    static IndicatorForm of(IndicatorView indicator, int startYear, int endYear) {
        IndicatorForm form = new IndicatorForm();
        form.nodeId = indicator.nodeId();
        form.code = indicator.code();
        form.name = indicator.name();
        form.unit = indicator.unit();
        form.direction = indicator.direction();
        form.aggregation = indicator.aggregation();
        form.weight = typed(indicator.weight());
        form.baselineValue = typed(indicator.baselineValue());
        form.baselineYear = indicator.baselineYear() == null ? null : String.valueOf(indicator.baselineYear());
        for (int year = startYear; year <= endYear; year++) {
            int shown = year;
            form.targets.add(new TargetRow(year, null, indicator.targets().stream()
                    .filter(target -> target.year() == shown && target.quarter() == null).findFirst()
                    .map(target -> typed(target.value())).orElse(null)));
        }
        // targets of years outside today's period are kept too, so the service names them rather than they vanish
        indicator.targets().stream().filter(target -> target.quarter() != null
                        || target.year() < startYear || target.year() > endYear)
                .forEach(target -> form.targets.add(new TargetRow(target.year(), target.quarter(), typed(target.value()))));
        form.kpresReference = indicator.kpresReference();
        form.publicIndicator = indicator.publicIndicator();
        form.source = indicator.source();
        form.measure = indicator.measure();
        form.comment = indicator.comment();
        form.version = indicator.version();
        return form;
    }

    /** The input for the service, or null when a number or a year could not be read (those are rejected in {@code result}). */
    IndicatorInput toInput(BindingResult result) {
        BigDecimal weightValue = number(weight, "weight", result);
        BigDecimal baseline = number(baselineValue, "baselineValue", result);
        Integer baseYear = year(baselineYear, "baselineYear", result);
        List<IndicatorInput.TargetInput> sent = new ArrayList<>();
        sentRows.clear();
        for (int i = 0; i < targets.size(); i++) {
            TargetRow row = targets.get(i);
            if (row == null || row.value == null || row.value.isBlank()) {
                continue;
            }
            BigDecimal value = number(row.value, "targets[" + i + "].value", result);
            sent.add(new IndicatorInput.TargetInput(row.year, row.quarter, value));
            sentRows.add(i);
        }
        if (result.hasErrors()) {
            return null;
        }
        return new IndicatorInput(null, nodeId, blank(code), blank(name), blank(unit), direction, aggregation,
                weightValue, baseline, baseYear, sent, blank(kpresReference), publicIndicator, source,
                source == ValueSource.COMPUTED ? blank(measure) : null, blank(comment), version);
    }

    /** The service's problems with targets named by the form's rows, so each shows beside its year. */
    InvalidInputException onRows(InvalidInputException problems) {
        List<FieldProblem> renamed = new ArrayList<>();
        for (FieldProblem problem : problems.problems()) {
            Matcher target = TARGET_FIELD.matcher(problem.field());
            if (target.matches() && Integer.parseInt(target.group(1)) < sentRows.size()) {
                int row = sentRows.get(Integer.parseInt(target.group(1)));
                // a row's year is fixed by the form, so a problem with it is shown beside the row's value
                renamed.add(new FieldProblem("targets[" + row + "].value", problem.messageKey(), problem.arguments()));
            } else {
                renamed.add(problem);
            }
        }
        return new InvalidInputException(renamed);
    }

    private static BigDecimal number(String text, String field, BindingResult result) {
        try {
            return ManualValueForm.number(text);
        } catch (NumberFormatException notANumber) {
            result.rejectValue(field, "programme.forms.notANumber");
            return null;
        }
    }

    private static Integer year(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notAYear) {
            result.rejectValue(field, "programme.forms.notAYear");
            return null;
        }
    }

    static String typed(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A target of a year (quarter empty) or of a quarter. */
    public static class TargetRow {

        private Integer year;
        private Integer quarter;
        private String value;

        public TargetRow() {
        }

        TargetRow(Integer year, Integer quarter, String value) {
            this.year = year;
            this.quarter = quarter;
            this.value = value;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Integer getQuarter() {
            return quarter;
        }

        public void setQuarter(Integer quarter) {
            this.quarter = quarter;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public TimeAggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(TimeAggregation aggregation) {
        this.aggregation = aggregation;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(String baselineYear) {
        this.baselineYear = baselineYear;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets;
    }

    public String getKpresReference() {
        return kpresReference;
    }

    public void setKpresReference(String kpresReference) {
        this.kpresReference = kpresReference;
    }

    public boolean isPublicIndicator() {
        return publicIndicator;
    }

    public void setPublicIndicator(boolean publicIndicator) {
        this.publicIndicator = publicIndicator;
    }

    public ValueSource getSource() {
        return source;
    }

    public void setSource(ValueSource source) {
        this.source = source;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
