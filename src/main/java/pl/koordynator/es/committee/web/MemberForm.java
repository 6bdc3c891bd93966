package pl.koordynator.es.committee.web;

import java.time.LocalDate;
import java.util.List;

import pl.koordynator.es.committee.MemberInput;
import pl.koordynator.es.committee.MemberRole;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.SeatCategory;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PickedOrganisation;

/**
 * A member appointed to a term: the organisation picked from the register by name, the account
 * linked by its user name (login) so that the member votes when signed in.
 */
class MemberForm {

    private String fullName;
    private String email;
    private String phone;
    private String username;
    private Long organisationId;
    private String organisationName;
    private String category;
    private String role = "MEMBER";
    private String appointedOn;
    private Long substituteFor;

    static MemberForm of(MemberView member, String username, String organisationName) {
        MemberForm form = new MemberForm();
        form.fullName = member.fullName();
        form.email = member.email();
        form.phone = member.phone();
        form.username = username;
        form.organisationId = member.organisationId();
        form.organisationName = organisationName;
        form.category = member.category().name();
        form.role = member.role().name();
        form.appointedOn = CommitteeChoices.day(member.appointedOn());
        form.substituteFor = member.substituteFor();
        return form;
    }

    MemberInput toInput(long termId, Long pickedOrganisation, CommitteeChoices choices) {
        CommitteeChoices.Problems problems = new CommitteeChoices.Problems();
        SeatCategory seat = problems.choice("category", SeatCategory.class, category, true);
        MemberRole function = problems.choice("role", MemberRole.class, role, true);
        LocalDate appointed = problems.day("appointedOn", appointedOn, true);
        Long account = choices.account("username", username, problems);
        if (pickedOrganisation != null && pickedOrganisation == PickedOrganisation.NO_MATCH) {
            problems.add("organisationId", "committee.admin.error.organisation");
        }
        problems.throwIfAny();
        return new MemberInput(termId, fullName == null ? null : fullName.strip(), CommitteeForms.blankToNull(email),
                CommitteeForms.blankToNull(phone), account, pickedOrganisation, seat, function, appointed, substituteFor);
    }

    /** The service names the account {@code userId}; the form asks for its user name. */
    static InvalidInputException onFormFields(InvalidInputException problems) {
        List<InvalidInputException.FieldProblem> renamed = problems.problems().stream()
                .map(p -> "userId".equals(p.field())
                        ? new InvalidInputException.FieldProblem("username", p.messageKey(), p.arguments())
                        : p)
                .toList();
        return new InvalidInputException(renamed);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAppointedOn() {
        return appointedOn;
    }

    public void setAppointedOn(String appointedOn) {
        this.appointedOn = appointedOn;
    }

    public Long getSubstituteFor() {
        return substituteFor;
    }

    public void setSubstituteFor(Long substituteFor) {
        this.substituteFor = substituteFor;
    }
}
