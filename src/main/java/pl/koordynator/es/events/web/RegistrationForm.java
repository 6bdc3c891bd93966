package pl.koordynator.es.events.web;

import pl.koordynator.es.events.domain.RegistrationInput;

/** The public registration form; the organisation is picked from the register or typed. */
public class RegistrationForm {

    private String name;
    private String email;
    private String organisationName;
    private Long organisationId;
    private String accessibilityNeeds;
    private boolean consent;
    private String altcha;

    RegistrationInput toInput() {
        return new RegistrationInput(name, email, organisationId, organisationName, accessibilityNeeds, consent,
                altcha);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getAccessibilityNeeds() { return accessibilityNeeds; }
    public void setAccessibilityNeeds(String accessibilityNeeds) { this.accessibilityNeeds = accessibilityNeeds; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getAltcha() { return altcha; }
    public void setAltcha(String altcha) { this.altcha = altcha; }
}
