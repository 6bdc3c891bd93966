package pl.koordynator.es.reintegration.web;

import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.reintegration.TransitionInput;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;

/** A change of a referral's state from its page: the target, a reason where one is needed, the day. */
public class ReferralTransitionForm {

    private String to;
    private String reason;
    private String on;
    private Long version;

    TransitionInput toInput() {
        List<FieldProblem> problems = new ArrayList<>();
        ReferralState target = choice(ReferralState.class, to, "to", problems);
        if (strip(to) == null) {
            problems.add(new FieldProblem("to", "form.error.choose"));
        }
        TransitionInput input = new TransitionInput(target, strip(reason), date(on, "on", problems), version);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
