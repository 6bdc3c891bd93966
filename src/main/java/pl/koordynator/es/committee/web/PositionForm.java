package pl.koordynator.es.committee.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import pl.koordynator.es.committee.OrganisationRef;
import pl.koordynator.es.committee.PositionInput;
import pl.koordynator.es.committee.PositionView;
import pl.koordynator.es.committee.TakenIntoAccount;
import pl.koordynator.es.shared.PickedOrganisation;

/** A position of the sector as ROPS enters it; co-signing organisations one name a line, each looked up in the register. */
class PositionForm {

    private String topic;
    private String addressee;
    private String actTitle;
    private String actReference;
    private String actLink;
    private String deadline;
    private String coSigners;
    private Long resolutionId;
    private String text;
    private String submittedOn;
    private String response;
    private String respondedOn;
    private String takenIntoAccount = "NO_ANSWER";

    static PositionForm of(PositionView position) {
        PositionForm form = new PositionForm();
        form.topic = position.topic();
        form.addressee = position.addressee();
        form.actTitle = position.actTitle();
        form.actReference = position.actReference();
        form.actLink = position.actLink();
        form.deadline = CommitteeChoices.day(position.deadline());
        form.coSigners = position.coSigners().stream().map(OrganisationRef::name).collect(Collectors.joining("\n"));
        form.resolutionId = position.resolutionId();
        form.text = position.text();
        form.submittedOn = CommitteeChoices.day(position.submittedOn());
        form.response = position.response();
        form.respondedOn = CommitteeChoices.day(position.respondedOn());
        form.takenIntoAccount = position.takenIntoAccount() == null ? null : position.takenIntoAccount().name();
        return form;
    }

    PositionInput toInput(CommitteeChoices choices) {
        CommitteeChoices.Problems problems = new CommitteeChoices.Problems();
        LocalDate due = problems.day("deadline", deadline, false);
        LocalDate submitted = problems.day("submittedOn", submittedOn, false);
        LocalDate responded = problems.day("respondedOn", respondedOn, false);
        TakenIntoAccount outcome = problems.choice("takenIntoAccount", TakenIntoAccount.class, takenIntoAccount, false);
        List<Long> signers = new ArrayList<>();
        if (coSigners != null) {
            for (String name : coSigners.split("\\R")) {
                if (name.isBlank()) {
                    continue;
                }
                Long id = choices.picked(null, name);
                if (id == null || id == PickedOrganisation.NO_MATCH) {
                    problems.add("coSigners", "committee.admin.error.coSigner");
                } else if (!signers.contains(id)) {
                    signers.add(id);
                }
            }
        }
        problems.throwIfAny();
        return new PositionInput(CommitteeForms.blankToNull(topic), CommitteeForms.blankToNull(addressee),
                CommitteeForms.blankToNull(actTitle), CommitteeForms.blankToNull(actReference),
                CommitteeForms.blankToNull(actLink), due, signers, resolutionId, CommitteeForms.blankToNull(text),
                submitted, CommitteeForms.blankToNull(response), responded, outcome);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getActTitle() {
        return actTitle;
    }

    public void setActTitle(String actTitle) {
        this.actTitle = actTitle;
    }

    public String getActReference() {
        return actReference;
    }

    public void setActReference(String actReference) {
        this.actReference = actReference;
    }

    public String getActLink() {
        return actLink;
    }

    public void setActLink(String actLink) {
        this.actLink = actLink;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getCoSigners() {
        return coSigners;
    }

    public void setCoSigners(String coSigners) {
        this.coSigners = coSigners;
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(String submittedOn) {
        this.submittedOn = submittedOn;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(String respondedOn) {
        this.respondedOn = respondedOn;
    }

    public String getTakenIntoAccount() {
        return takenIntoAccount;
    }

    public void setTakenIntoAccount(String takenIntoAccount) {
        this.takenIntoAccount = takenIntoAccount;
    }
}
