package pl.koordynator.es.catalogue.web;

import pl.koordynator.es.catalogue.InquiryInput;

/** A buyer's inquiry as the offer's page sends it; {@code altcha} is the solved challenge of a visitor. */
public class InquiryForm {

    private String name;
    private String email;
    private String organisation;
    private String message;
    private boolean consent;
    private String altcha;

    InquiryInput toInput() {
        return new InquiryInput(name, email, organisation, message, consent, altcha);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getAltcha() { return altcha; }
    public void setAltcha(String altcha) { this.altcha = altcha; }
}
