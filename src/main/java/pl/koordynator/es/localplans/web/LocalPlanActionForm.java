package pl.koordynator.es.localplans.web;

import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.amount;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;
import static pl.koordynator.es.shared.FormValues.text;
import static pl.koordynator.es.shared.FormValues.whole;

/**
 * One action of the plan form: the goal it serves, who is responsible and which partners take part
 * (organisations of the register, multi-selects), schedule, budget and the WPRES action. Dates and the
 * budget are kept as typed, so a value the form cannot read is shown back with its problem.
 */
public class LocalPlanActionForm {

    private String goalNumber;
    private String title;
    private String description;
    private List<Long> responsibleIds = new ArrayList<>();
    private List<Long> partnerIds = new ArrayList<>();
    private String startDate;
    private String endDate;
    private String budget;
    private String fundingSource;
    private Long programmeActionId;

    public LocalPlanActionForm() {
    }

    static LocalPlanActionForm of(LocalPlanView.Action action) {
        LocalPlanActionForm form = new LocalPlanActionForm();
        form.goalNumber = text(action.goalNumber());
        form.title = action.title();
        form.description = action.description();
        form.responsibleIds = new ArrayList<>(action.responsible().stream().map(LocalPlanView.Party::id).toList());
        form.partnerIds = new ArrayList<>(action.partners().stream().map(LocalPlanView.Party::id).toList());
        form.startDate = text(action.startDate());
        form.endDate = text(action.endDate());
        form.budget = text(action.budget());
        form.fundingSource = action.fundingSource();
        form.programmeActionId = action.programmeActionId();
        return form;
    }

    /** The action for the service; {@code prefix} like {@code actions[1].} names its fields in problems. */
    LocalPlanInput.Action toInput(int number, String prefix, List<FieldProblem> problems) {
        return new LocalPlanInput.Action(number, whole(goalNumber, prefix + "goalNumber", problems), strip(title),
                strip(description), responsibleIds == null ? List.of() : List.copyOf(responsibleIds),
                partnerIds == null ? List.of() : List.copyOf(partnerIds), date(startDate, prefix + "startDate", problems),
                date(endDate, prefix + "endDate", problems), amount(budget, prefix + "budget", problems),
                strip(fundingSource), programmeActionId);
    }

    /** The goal numbers after goal {@code removed} (1-based) left the form. */
    void goalRemoved(int removed) {
        goalNumber = LocalPlanForm.renumbered(goalNumber, removed);
    }

    public String getGoalNumber() {
        return goalNumber;
    }

    public void setGoalNumber(String goalNumber) {
        this.goalNumber = goalNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getResponsibleIds() {
        return responsibleIds;
    }

    public void setResponsibleIds(List<Long> responsibleIds) {
        this.responsibleIds = responsibleIds;
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public Long getProgrammeActionId() {
        return programmeActionId;
    }

    public void setProgrammeActionId(Long programmeActionId) {
        this.programmeActionId = programmeActionId;
    }
}
