package pl.koordynator.es.events.web;

import pl.koordynator.es.events.domain.EvaluationInput;

/** The evaluation form of the participant's page; the service checks it. */
public class EvaluationForm {

    private Integer overall;
    private Integer usefulness;
    private Integer organisation;
    private String comment;

    EvaluationInput toInput() {
        return new EvaluationInput(overall, usefulness, organisation, comment);
    }

    public Integer getOverall() { return overall; }
    public void setOverall(Integer overall) { this.overall = overall; }
    public Integer getUsefulness() { return usefulness; }
    public void setUsefulness(Integer usefulness) { this.usefulness = usefulness; }
    public Integer getOrganisation() { return organisation; }
    public void setOrganisation(Integer organisation) { this.organisation = organisation; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
