package pl.koordynator.es.localplans.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;
import static pl.koordynator.es.shared.FormValues.text;

/**
 * The whole plan in one form: its data and its goals, actions and indicators as groups of rows. A row
 * is added or removed by a submit button that shows the form again (nothing is saved), so no script is
 * needed. Goals are numbered by their place; removing one renumbers the goals the actions and
 * indicators refer to.
 */
public class LocalPlanForm {

    /** A problem on a whole row, or on the row's number (which the form sets itself). */
    private static final Pattern ROW = Pattern.compile("(goals|actions|indicators)\\[(\\d+)\\](\\.number)?");

    /** A problem on one organisation of an action's multi-select. */
    private static final Pattern PARTY = Pattern.compile("(actions\\[\\d+\\]\\.(?:responsibleIds|partnerIds))\\[\\d+\\]");

    private String unitTeryt;
    private String title;
    private String status = LocalPlanStatus.IN_PREPARATION.name();
    private String periodStart;
    private String periodEnd;
    private String resolutionNumber;
    private String resolutionDate;
    private String resolutionUrl;
    private String strategyTitle;
    private String strategyUrl;
    private Long jstId;
    private Long responsibleUnitId;
    private Long owesId;
    private String consultationDeadline;
    private Long replacesId;
    private List<LocalPlanGoalForm> goals = new ArrayList<>();
    private List<LocalPlanActionForm> actions = new ArrayList<>();
    private List<LocalPlanIndicatorForm> indicators = new ArrayList<>();
    private long version;

    public LocalPlanForm() {
    }

    static LocalPlanForm of(LocalPlanView plan) {
        LocalPlanForm form = new LocalPlanForm();
        form.unitTeryt = plan.unitTeryt();
        form.title = plan.title();
        form.status = text(plan.status());
        form.periodStart = text(plan.periodStart());
        form.periodEnd = text(plan.periodEnd());
        form.resolutionNumber = plan.resolutionNumber();
        form.resolutionDate = text(plan.resolutionDate());
        form.resolutionUrl = plan.resolutionUrl();
        form.strategyTitle = plan.strategyTitle();
        form.strategyUrl = plan.strategyUrl();
        form.jstId = plan.jstId();
        form.responsibleUnitId = plan.responsibleUnitId();
        form.owesId = plan.owesId();
        form.consultationDeadline = text(plan.consultationDeadline());
        form.goals = new ArrayList<>(plan.goals().stream().map(LocalPlanGoalForm::of).toList());
        form.actions = new ArrayList<>(plan.actions().stream().map(LocalPlanActionForm::of).toList());
        form.indicators = new ArrayList<>(plan.indicators().stream().map(LocalPlanIndicatorForm::of).toList());
        form.version = plan.version();
        return form;
    }

    /** The plan for the service; a value the form cannot read is a problem on its field and nothing is sent. */
    LocalPlanInput toInput(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        List<LocalPlanInput.Goal> goalInputs = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            goalInputs.add(goals.get(i).toInput(i + 1));
        }
        List<LocalPlanInput.Action> actionInputs = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            actionInputs.add(actions.get(i).toInput(i + 1, "actions[" + i + "].", problems));
        }
        List<LocalPlanInput.Indicator> indicatorInputs = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            indicatorInputs.add(indicators.get(i).toInput(i + 1, "indicators[" + i + "].", problems));
        }
        LocalPlanInput input = new LocalPlanInput(strip(unitTeryt), strip(title),
                choice(LocalPlanStatus.class, status, "status", problems), date(periodStart, "periodStart", problems),
                date(periodEnd, "periodEnd", problems), strip(resolutionNumber),
                date(resolutionDate, "resolutionDate", problems), strip(resolutionUrl), strip(strategyTitle),
                strip(strategyUrl), jstId, responsibleUnitId, owesId,
                date(consultationDeadline, "consultationDeadline", problems), creating ? replacesId : null, goalInputs,
                actionInputs, indicatorInputs);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /**
     * The service's problems on the form's fields: a problem on a whole row (or its number) is shown on the
     * row's name, one on an organisation of a multi-select on the select.
     */
    InvalidInputException onFields(InvalidInputException problems) {
        return new InvalidInputException(problems.problems().stream().map(problem -> {
            String field = problem.field();
            if (field != null) {
                Matcher row = ROW.matcher(field);
                Matcher party = PARTY.matcher(field);
                if (row.matches()) {
                    field = row.group(1) + "[" + row.group(2) + "]"
                            + (row.group(1).equals("indicators") ? ".name" : ".title");
                } else if (party.matches()) {
                    field = party.group(1);
                }
            }
            return new FieldProblem(field, problem.messageKey(), problem.arguments());
        }).toList());
    }

    void addGoal() {
        goals.add(new LocalPlanGoalForm());
    }

    void addAction() {
        LocalPlanActionForm action = new LocalPlanActionForm();
        if (goals.size() == 1) {
            action.setGoalNumber("1");
        }
        actions.add(action);
    }

    void addIndicator() {
        LocalPlanIndicatorForm indicator = new LocalPlanIndicatorForm();
        if (goals.size() == 1) {
            indicator.setGoalNumber("1");
        }
        indicators.add(indicator);
    }

    /** Removes goal {@code index} (0-based); the actions and indicators of the later goals follow their number. */
    void removeGoal(int index) {
        if (index >= 0 && index < goals.size()) {
            goals.remove(index);
            actions.forEach(action -> action.goalRemoved(index + 1));
            indicators.forEach(indicator -> indicator.goalRemoved(index + 1));
        }
    }

    void removeAction(int index) {
        if (index >= 0 && index < actions.size()) {
            actions.remove(index);
        }
    }

    void removeIndicator(int index) {
        if (index >= 0 && index < indicators.size()) {
            indicators.remove(index);
        }
    }

    /** A row's goal number once goal {@code removed} is gone: none if it was that goal, one less if later. */
    static String renumbered(String goalNumber, int removed) {
        String value = strip(goalNumber);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            return number == removed ? null : number > removed ? String.valueOf(number - 1) : value;
        } catch (NumberFormatException notANumber) {
            return goalNumber;
        }
    }

    public String getUnitTeryt() {
        return unitTeryt;
    }

    public void setUnitTeryt(String unitTeryt) {
        this.unitTeryt = unitTeryt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getResolutionNumber() {
        return resolutionNumber;
    }

    public void setResolutionNumber(String resolutionNumber) {
        this.resolutionNumber = resolutionNumber;
    }

    public String getResolutionDate() {
        return resolutionDate;
    }

    public void setResolutionDate(String resolutionDate) {
        this.resolutionDate = resolutionDate;
    }

    public String getResolutionUrl() {
        return resolutionUrl;
    }

    public void setResolutionUrl(String resolutionUrl) {
        this.resolutionUrl = resolutionUrl;
    }

    public String getStrategyTitle() {
        return strategyTitle;
    }

    public void setStrategyTitle(String strategyTitle) {
        this.strategyTitle = strategyTitle;
    }

    public String getStrategyUrl() {
        return strategyUrl;
    }

    public void setStrategyUrl(String strategyUrl) {
        this.strategyUrl = strategyUrl;
    }

    public Long getJstId() {
        return jstId;
    }

    public void setJstId(Long jstId) {
        this.jstId = jstId;
    }

    public Long getResponsibleUnitId() {
        return responsibleUnitId;
    }

    public void setResponsibleUnitId(Long responsibleUnitId) {
        this.responsibleUnitId = responsibleUnitId;
    }

    public Long getOwesId() {
        return owesId;
    }

    public void setOwesId(Long owesId) {
        this.owesId = owesId;
    }

    public String getConsultationDeadline() {
        return consultationDeadline;
    }

    public void setConsultationDeadline(String consultationDeadline) {
        this.consultationDeadline = consultationDeadline;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(Long replacesId) {
        this.replacesId = replacesId;
    }

    public List<LocalPlanGoalForm> getGoals() {
        return goals;
    }

    public void setGoals(List<LocalPlanGoalForm> goals) {
        this.goals = goals;
    }

    public List<LocalPlanActionForm> getActions() {
        return actions;
    }

    public void setActions(List<LocalPlanActionForm> actions) {
        this.actions = actions;
    }

    public List<LocalPlanIndicatorForm> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<LocalPlanIndicatorForm> indicators) {
        this.indicators = indicators;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
