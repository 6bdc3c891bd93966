package pl.koordynator.es.localplans.web;

import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanView;

import static pl.koordynator.es.shared.FormValues.strip;

/** One goal of the plan form; its number is its place in the list. */
public class LocalPlanGoalForm {

    private String title;
    private String description;

    public LocalPlanGoalForm() {
    }

    static LocalPlanGoalForm of(LocalPlanView.Goal goal) {
        LocalPlanGoalForm form = new LocalPlanGoalForm();
        form.title = goal.title();
        form.description = goal.description();
        return form;
    }

    LocalPlanInput.Goal toInput(int number) {
        return new LocalPlanInput.Goal(number, strip(title), strip(description));
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
}
