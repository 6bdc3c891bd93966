package pl.koordynator.es.committee.web;

import java.time.LocalDate;
import pl.koordynator.es.committee.TermInput;
import pl.koordynator.es.committee.TermView;

/** ROPS's form of a term; dates as dd.MM.yyyy, the end left empty is three years from the start. */
class TermForm {

    private String number;
    private String startsOn;
    private String endsOn;
    private String appointingResolutionNumber;
    private String appointingResolutionDate;

    static TermForm of(TermView term) {
        TermForm form = new TermForm();
        form.number = String.valueOf(term.number());
        form.startsOn = CommitteeChoices.day(term.startsOn());
        form.endsOn = CommitteeChoices.day(term.endsOn());
        form.appointingResolutionNumber = term.appointingResolutionNumber();
        form.appointingResolutionDate = CommitteeChoices.day(term.appointingResolutionDate());
        return form;
    }

    TermInput toInput() {
        CommitteeChoices.Problems problems = new CommitteeChoices.Problems();
        Integer parsedNumber = problems.number("number", number, true);
        LocalDate starts = problems.day("startsOn", startsOn, true);
        LocalDate ends = problems.day("endsOn", endsOn, false);
        LocalDate resolutionDate = problems.day("appointingResolutionDate", appointingResolutionDate, false);
        problems.throwIfAny();
        return new TermInput(parsedNumber, starts, ends, CommitteeForms.blankToNull(appointingResolutionNumber),
                resolutionDate);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getAppointingResolutionNumber() {
        return appointingResolutionNumber;
    }

    public void setAppointingResolutionNumber(String appointingResolutionNumber) {
        this.appointingResolutionNumber = appointingResolutionNumber;
    }

    public String getAppointingResolutionDate() {
        return appointingResolutionDate;
    }

    public void setAppointingResolutionDate(String appointingResolutionDate) {
        this.appointingResolutionDate = appointingResolutionDate;
    }
}
