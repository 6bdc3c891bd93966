package pl.koordynator.es.registry.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import pl.koordynator.es.registry.ContactPersonInput;

/** The contact person form of the organisation page. */
public class ContactPersonForm {

    private String name;
    private String function;
    private String email;
    private String phone;
    @DateTimeFormat(pattern = "dd.MM.yyyy")
    private LocalDate consentDate;
    private String consentScope;
    private Long version;

    ContactPersonInput toInput() {
        return new ContactPersonInput(name, function, email, phone, consentDate, consentScope, version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFunction() { return function; }
    public void setFunction(String function) { this.function = function; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate consentDate) { this.consentDate = consentDate; }
    public String getConsentScope() { return consentScope; }
    public void setConsentScope(String consentScope) { this.consentScope = consentScope; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
