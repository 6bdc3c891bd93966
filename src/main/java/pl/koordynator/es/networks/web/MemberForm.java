package pl.koordynator.es.networks.web;

import pl.koordynator.es.networks.domain.MemberInput;

/** A member joining a network, picked by name on the network's page; {@code joinedOn} as dd.MM.yyyy or ISO. */
class MemberForm {

    private Long organisationId;
    private String organisationName;
    private String role = "MEMBER";
    private String joinedOn;

    MemberInput toInput(Long picked) {
        return new MemberInput(picked, role, joinedOn);
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(String joinedOn) {
        this.joinedOn = joinedOn;
    }
}
