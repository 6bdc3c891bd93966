package pl.koordynator.es.reintegration.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.reintegration.LegalBasis;
import pl.koordynator.es.reintegration.ProgrammeKind;
import pl.koordynator.es.reintegration.ReferralInput;
import pl.koordynator.es.reintegration.RiskGroup;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;

/**
 * The new referral as the sender types it. The person's PESEL, surname and birth date live only in this
 * request: they go to the service once, and {@link #forgetPerson()} empties them before a form with
 * problems is shown again, so they are never echoed, kept in the model's rejected values or the session.
 * Every value is text, so that nothing fails in binding with the typed value inside its message.
 */
public class ReferralForm {

    private String personPesel;
    private boolean noPesel;
    private String personSurname;
    private String personBirthDate;
    private String receiverId;
    private List<String> riskGroups = new ArrayList<>();
    private String legalBasis;
    private String referredOn;
    private String programmeKind;
    private String programmeReference;
    private String programmeStart;
    private String programmeEnd;
    private String notes;

    /**
     * The referral for the service; a value the form cannot read is a problem on its field and nothing is sent.
     * With "no PESEL" ticked (or no PESEL but a surname or birth date typed) the person is given by surname and
     * birth date, otherwise by the PESEL alone: what the other way holds is not sent.
     */
    ReferralInput toInput() {
        List<FieldProblem> problems = new ArrayList<>();
        boolean byName = noPesel || strip(personPesel) == null && (strip(personSurname) != null
                || strip(personBirthDate) != null);
        LocalDate birthDate = byName ? date(personBirthDate, "personBirthDate", problems) : null;
        Long receiver = null;
        if (strip(receiverId) != null) {
            try {
                receiver = Long.valueOf(strip(receiverId));
            } catch (NumberFormatException notAnId) {
                problems.add(new FieldProblem("receiverId", "form.error.choose"));
            }
        }
        List<RiskGroup> groups = new ArrayList<>();
        for (String group : riskGroups == null ? List.<String>of() : riskGroups) {
            RiskGroup chosen = choice(RiskGroup.class, group, "riskGroups", problems);
            if (chosen != null && !groups.contains(chosen)) {
                groups.add(chosen);
            }
        }
        ReferralInput input = new ReferralInput(byName ? null : strip(personPesel), byName ? strip(personSurname) : null,
                birthDate, receiver, groups, choice(LegalBasis.class, legalBasis, "legalBasis", problems),
                date(referredOn, "referredOn", problems), choice(ProgrammeKind.class, programmeKind, "programmeKind", problems),
                strip(programmeReference), date(programmeStart, "programmeStart", problems),
                date(programmeEnd, "programmeEnd", problems), strip(notes));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /** Empties the person's fields: a form shown again never carries them back. */
    void forgetPerson() {
        personPesel = null;
        personSurname = null;
        personBirthDate = null;
    }

    /** Empties a free-text field the service found identifying data in, so that it is not shown again. */
    void forget(String field) {
        switch (field) {
            case "notes" -> notes = null;
            case "programmeReference" -> programmeReference = null;
            default -> {
            }
        }
    }

        /** Never prints the person. */
    @Override
    public String toString() {
        return "ReferralForm[receiverId=" + receiverId + ", person=(hidden)]";
    }

    public String getPersonPesel() {
        return personPesel;
    }

    public void setPersonPesel(String personPesel) {
        this.personPesel = personPesel;
    }

    public boolean isNoPesel() {
        return noPesel;
    }

    public void setNoPesel(boolean noPesel) {
        this.noPesel = noPesel;
    }

    public String getPersonSurname() {
        return personSurname;
    }

    public void setPersonSurname(String personSurname) {
        this.personSurname = personSurname;
    }

    public String getPersonBirthDate() {
        return personBirthDate;
    }

    public void setPersonBirthDate(String personBirthDate) {
        this.personBirthDate = personBirthDate;
    }

    public String getReceiverId() {
        return receiverId;
    }

    public void setReceiverId(String receiverId) {
        this.receiverId = receiverId;
    }

    public List<String> getRiskGroups() {
        return riskGroups;
    }

    public void setRiskGroups(List<String> riskGroups) {
        this.riskGroups = riskGroups;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(String referredOn) {
        this.referredOn = referredOn;
    }

    public String getProgrammeKind() {
        return programmeKind;
    }

    public void setProgrammeKind(String programmeKind) {
        this.programmeKind = programmeKind;
    }

    public String getProgrammeReference() {
        return programmeReference;
    }

    public void setProgrammeReference(String programmeReference) {
        this.programmeReference = programmeReference;
    }

    public String getProgrammeStart() {
        return programmeStart;
    }

    public void setProgrammeStart(String programmeStart) {
        this.programmeStart = programmeStart;
    }

    public String getProgrammeEnd() {
        return programmeEnd;
    }

    public void setProgrammeEnd(String programmeEnd) {
        this.programmeEnd = programmeEnd;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
