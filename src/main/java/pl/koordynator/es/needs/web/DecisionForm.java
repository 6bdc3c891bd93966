package pl.koordynator.es.needs.web;

import pl.koordynator.es.needs.domain.NeedDecision;

/** ROPS's decision form on a need's page: the version shown and, for a rejection, the reason. */
public class DecisionForm {

    private String reason;
    private Long version;

    static DecisionForm of(long version) {
        DecisionForm form = new DecisionForm();
        form.version = version;
        return form;
    }

    NeedDecision toDecision() {
        return new NeedDecision(reason, version);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
