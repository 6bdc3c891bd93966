package pl.koordynator.es.reintegration.web;

import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.reintegration.ExitOutcome;
import pl.koordynator.es.reintegration.OutcomeInput;
import pl.koordynator.es.reintegration.OutcomeMoment;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;

/** An outcome recorded by the receiving unit: at exit, or 3, 6 or 12 months later. */
public class ReferralOutcomeForm {

    private String moment;
    private String outcome;
    private String on;

    OutcomeInput toInput() {
        List<FieldProblem> problems = new ArrayList<>();
        OutcomeMoment when = choice(OutcomeMoment.class, moment, "moment", problems);
        if (strip(moment) == null) {
            problems.add(new FieldProblem("moment", "form.error.choose"));
        }
        ExitOutcome what = choice(ExitOutcome.class, outcome, "outcome", problems);
        if (strip(outcome) == null) {
            problems.add(new FieldProblem("outcome", "form.error.choose"));
        }
        OutcomeInput input = new OutcomeInput(when, what, date(on, "on", problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    public String getMoment() {
        return moment;
    }

    public void setMoment(String moment) {
        this.moment = moment;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }
}
