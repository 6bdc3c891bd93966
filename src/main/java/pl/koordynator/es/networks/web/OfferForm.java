package pl.koordynator.es.networks.web;

import pl.koordynator.es.networks.domain.OfferInput;

/** A need or an offer posted on the board; the organisation is the poster's own (ROPS picks one). */
class OfferForm {

    private String side;
    private Long organisationId;
    private String organisationName;
    private String category;
    private String title;
    private String description;
    private String areaTeryt;
    private String deadline;
    private boolean notifyMatches;

    OfferInput toInput(Long organisation) {
        return new OfferInput(blank(side), organisation, blank(category), blank(title), blank(description),
                blank(areaTeryt), blank(deadline), notifyMatches);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
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

    public String getAreaTeryt() {
        return areaTeryt;
    }

    public void setAreaTeryt(String areaTeryt) {
        this.areaTeryt = areaTeryt;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public boolean isNotifyMatches() {
        return notifyMatches;
    }

    public void setNotifyMatches(boolean notifyMatches) {
        this.notifyMatches = notifyMatches;
    }
}
