package pl.koordynator.es.localplans.web;

import java.util.List;

import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.localplans.IndicatorSource;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.amount;
import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.strip;
import static pl.koordynator.es.shared.FormValues.text;
import static pl.koordynator.es.shared.FormValues.whole;

/**
 * One indicator of the plan form: baseline and target with their years, and where its values come
 * from (entered, a map indicator or a programme measure, whose code is chosen from one list).
 */
public class LocalPlanIndicatorForm {

    private String goalNumber;
    private String name;
    private String unit;
    private String direction = Direction.HIGHER_IS_BETTER.name();
    private String baseline;
    private String baselineYear;
    private String target;
    private String targetYear;
    private String source = IndicatorSource.ENTERED.name();
    private String sourceCode;

    public LocalPlanIndicatorForm() {
    }

    static LocalPlanIndicatorForm of(LocalPlanView.Indicator indicator) {
        LocalPlanIndicatorForm form = new LocalPlanIndicatorForm();
        form.goalNumber = text(indicator.goalNumber());
        form.name = indicator.name();
        form.unit = indicator.unit();
        form.direction = text(indicator.direction());
        form.baseline = text(indicator.baseline());
        form.baselineYear = text(indicator.baselineYear());
        form.target = text(indicator.target());
        form.targetYear = text(indicator.targetYear());
        form.source = text(indicator.source());
        form.sourceCode = indicator.sourceCode();
        return form;
    }

    /** The indicator for the service; {@code prefix} like {@code indicators[0].} names its fields in problems. */
    LocalPlanInput.Indicator toInput(int number, String prefix, List<FieldProblem> problems) {
        IndicatorSource chosen = choice(IndicatorSource.class, source, prefix + "source", problems);
        // a code chosen while the source was another one would be kept silently: only MAP and MEASURE have codes
        String code = chosen == null || chosen == IndicatorSource.ENTERED ? null : strip(sourceCode);
        return new LocalPlanInput.Indicator(number, whole(goalNumber, prefix + "goalNumber", problems), strip(name),
                strip(unit), choice(Direction.class, direction, prefix + "direction", problems),
                amount(baseline, prefix + "baseline", problems), whole(baselineYear, prefix + "baselineYear", problems),
                amount(target, prefix + "target", problems), whole(targetYear, prefix + "targetYear", problems), chosen,
                code);
    }

    void goalRemoved(int removed) {
        goalNumber = LocalPlanForm.renumbered(goalNumber, removed);
    }

    public String getGoalNumber() {
        return goalNumber;
    }

    public void setGoalNumber(String goalNumber) {
        this.goalNumber = goalNumber;
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

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public String getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(String baselineYear) {
        this.baselineYear = baselineYear;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(String targetYear) {
        this.targetYear = targetYear;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    public void setSourceCode(String sourceCode) {
        this.sourceCode = sourceCode;
    }
}
