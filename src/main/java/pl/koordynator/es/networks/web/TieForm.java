package pl.koordynator.es.networks.web;

import pl.koordynator.es.networks.domain.TieInput;

/** The form of a declared tie; the two organisations are picked by name. Dates as dd.MM.yyyy. */
class TieForm {

    private Long fromOrganisationId;
    private String fromOrganisationName;
    private Long toOrganisationId;
    private String toOrganisationName;
    private String kind;
    private boolean directed;
    private String startsOn;
    private String endsOn;
    private String valuePln;
    private String description;
    private String evidenceUrl;

    TieInput toInput(Long from, Long to) {
        return new TieInput(from, to, blank(kind), directed, blank(startsOn), blank(endsOn), blank(valuePln),
                blank(description), blank(evidenceUrl), null, null, null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getFromOrganisationId() {
        return fromOrganisationId;
    }

    public void setFromOrganisationId(Long fromOrganisationId) {
        this.fromOrganisationId = fromOrganisationId;
    }

    public String getFromOrganisationName() {
        return fromOrganisationName;
    }

    public void setFromOrganisationName(String fromOrganisationName) {
        this.fromOrganisationName = fromOrganisationName;
    }

    public Long getToOrganisationId() {
        return toOrganisationId;
    }

    public void setToOrganisationId(Long toOrganisationId) {
        this.toOrganisationId = toOrganisationId;
    }

    public String getToOrganisationName() {
        return toOrganisationName;
    }

    public void setToOrganisationName(String toOrganisationName) {
        this.toOrganisationName = toOrganisationName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isDirected() {
        return directed;
    }

    public void setDirected(boolean directed) {
        this.directed = directed;
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

    public String getValuePln() {
        return valuePln;
    }

    public void setValuePln(String valuePln) {
        this.valuePln = valuePln;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }
}
