package pl.koordynator.es.security.web;

import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserChange;
import pl.koordynator.es.security.UserView;

/** The account form of the admin pages; the API takes {@link NewUser} and {@link UserChange} directly. */
public class UserForm {

    private String username;
    private String displayName;
    private String email;
    private Role role;
    private Long organisationId;
    /** The text of the organisation picker; resolved on the server when typed without its script. */
    private String organisationName;
    private String password;
    private boolean enabled = true;
    private Integer version;

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.role = user.role();
        form.organisationId = user.organisationId();
        form.enabled = user.enabled();
        form.version = user.version();
        return form;
    }

    NewUser toNewUser() {
        return new NewUser(trim(username), trim(displayName), trim(email), role, organisationId, password);
    }

    UserChange toChange() {
        return new UserChange(role, organisationId, enabled, trim(displayName) == null ? "" : trim(displayName),
                trim(email) == null ? "" : trim(email), version);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
