package pl.koordynator.es.committee.web;

import java.time.LocalDate;
import pl.koordynator.es.committee.EndReason;
import pl.koordynator.es.committee.MembershipEnd;

/** Ending a membership on a ground of art. 57(3). */
class EndForm {

    private String endedOn;
    private String reason;

    MembershipEnd toEnd() {
        CommitteeChoices.Problems problems = new CommitteeChoices.Problems();
        LocalDate ended = problems.day("endedOn", endedOn, true);
        EndReason why = problems.choice("reason", EndReason.class, reason, true);
        problems.throwIfAny();
        return new MembershipEnd(ended, why);
    }

    public String getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(String endedOn) {
        this.endedOn = endedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
