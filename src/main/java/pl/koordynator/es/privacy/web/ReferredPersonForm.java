package pl.koordynator.es.privacy.web;

/**
 * A person referred for reintegration, as the administrator types them: PESEL, or surname and birth
 * date, and on the erasure the confirmation. The identity is forgotten before a page is rendered, so a
 * form shown again, with or without problems, holds none of it.
 */
public class ReferredPersonForm {

    private String personPesel;
    private String personSurname;
    private String personBirthDate;
    private boolean confirm;

    public String getPersonPesel() {
        return personPesel;
    }

    public void setPersonPesel(String personPesel) {
        this.personPesel = personPesel;
    }

    public String getPersonSurname() {
        return personSurname;
    }

    public void setPersonSurname(String personSurname) {
        this.personSurname = personSurname;
    }

    public String getPersonBirthDate() {
        return personBirthDate;
    }

    public void setPersonBirthDate(String personBirthDate) {
        this.personBirthDate = personBirthDate;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }

    /** Drops the identity (and the confirmation, which holds for one request only). */
    void forget() {
        personPesel = null;
        personSurname = null;
        personBirthDate = null;
        confirm = false;
    }

    @Override
    public String toString() {
        return "ReferredPersonForm[hidden]";
    }
}
