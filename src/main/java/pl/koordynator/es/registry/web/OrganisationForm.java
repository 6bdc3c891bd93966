package pl.koordynator.es.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;

/** The organisation form of the pages; the service checks it as it checks the API's input. */
public class OrganisationForm {

    private String name;
    private String shortName;
    private Kind kind;
    private String nip;
    private String regon;
    private String krs;
    private String gminaTeryt;
    private String street;
    private String postalCode;
    private String town;
    private String email;
    private String phone;
    private String website;
    private String description;
    private List<String> fieldsOfActivity = new ArrayList<>();
    private Integer employees;
    private Integer employeesAtRisk;
    private Integer reintegrationPlaces;
    private String socialEnterpriseDecision;
    @DateTimeFormat(pattern = "dd.MM.yyyy")
    private LocalDate socialEnterpriseSince;
    @DateTimeFormat(pattern = "dd.MM.yyyy")
    private LocalDate socialEnterpriseUntil;
    private Long owesId;
    private OrganisationStatus status = OrganisationStatus.ACTIVE;
    private Long version;

    static OrganisationForm of(OrganisationView o) {
        OrganisationForm form = new OrganisationForm();
        form.name = o.name();
        form.shortName = o.shortName();
        form.kind = o.kind();
        form.nip = o.nip();
        form.regon = o.regon();
        form.krs = o.krs();
        form.gminaTeryt = o.gminaTeryt();
        form.street = o.street();
        form.postalCode = o.postalCode();
        form.town = o.town();
        form.email = o.email();
        form.phone = o.phone();
        form.website = o.website();
        form.description = o.description();
        form.fieldsOfActivity = new ArrayList<>(o.fieldsOfActivity());
        form.employees = o.employees();
        form.employeesAtRisk = o.employeesAtRisk();
        form.reintegrationPlaces = o.reintegrationPlaces();
        form.socialEnterpriseDecision = o.socialEnterpriseDecision();
        form.socialEnterpriseSince = o.socialEnterpriseSince();
        form.socialEnterpriseUntil = o.socialEnterpriseUntil();
        form.owesId = o.owesSetByHand() ? o.owesId() : null;
        form.status = o.status();
        form.version = o.version();
        return form;
    }

    /** Puts back the fields only ROPS or the OWES set, for an organisation editing itself. */
    void keepRegisterFields(OrganisationView o) {
        kind = o.kind();
        socialEnterpriseDecision = o.socialEnterpriseDecision();
        socialEnterpriseSince = o.socialEnterpriseSince();
        socialEnterpriseUntil = o.socialEnterpriseUntil();
        owesId = o.owesSetByHand() ? o.owesId() : null;
        status = o.status();
    }

    OrganisationInput toInput() {
        return new OrganisationInput(name, shortName, kind, nip, regon, krs, gminaTeryt, street, postalCode, town,
                email, phone, website, description, fieldsOfActivity, employees, employeesAtRisk, reintegrationPlaces,
                socialEnterpriseDecision, socialEnterpriseSince, socialEnterpriseUntil, owesId, status, version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getRegon() { return regon; }
    public void setRegon(String regon) { this.regon = regon; }
    public String getKrs() { return krs; }
    public void setKrs(String krs) { this.krs = krs; }
    public String getGminaTeryt() { return gminaTeryt; }
    public void setGminaTeryt(String gminaTeryt) { this.gminaTeryt = gminaTeryt; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getFieldsOfActivity() { return fieldsOfActivity; }
    public void setFieldsOfActivity(List<String> fieldsOfActivity) {
        this.fieldsOfActivity = fieldsOfActivity == null ? new ArrayList<>() : fieldsOfActivity;
    }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public Integer getEmployeesAtRisk() { return employeesAtRisk; }
    public void setEmployeesAtRisk(Integer employeesAtRisk) { this.employeesAtRisk = employeesAtRisk; }
    public Integer getReintegrationPlaces() { return reintegrationPlaces; }
    public void setReintegrationPlaces(Integer reintegrationPlaces) { this.reintegrationPlaces = reintegrationPlaces; }
    public String getSocialEnterpriseDecision() { return socialEnterpriseDecision; }
    public void setSocialEnterpriseDecision(String decision) { this.socialEnterpriseDecision = decision; }
    public LocalDate getSocialEnterpriseSince() { return socialEnterpriseSince; }
    public void setSocialEnterpriseSince(LocalDate since) { this.socialEnterpriseSince = since; }
    public LocalDate getSocialEnterpriseUntil() { return socialEnterpriseUntil; }
    public void setSocialEnterpriseUntil(LocalDate until) { this.socialEnterpriseUntil = until; }
    public Long getOwesId() { return owesId; }
    public void setOwesId(Long owesId) { this.owesId = owesId; }
    public OrganisationStatus getStatus() { return status; }
    public void setStatus(OrganisationStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
