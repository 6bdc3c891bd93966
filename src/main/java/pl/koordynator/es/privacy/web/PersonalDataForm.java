package pl.koordynator.es.privacy.web;

/** The address searched for and, on the erasure step, the administrator's confirmation. */
public class PersonalDataForm {

    private String email;
    private boolean confirm;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }
}
