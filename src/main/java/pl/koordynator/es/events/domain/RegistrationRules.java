package pl.koordynator.es.events.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/** The rules of a registration's fields, for the public form and the API alike. */
@Component
public class RegistrationRules {

    /** The version of the consent text the person agrees to; raise it when the text changes. */
    public static final String CONSENT_VERSION = "2026-1";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    record Checked(String name, String email, Long organisationId, String organisationName,
            String accessibilityNeeds) {
    }

    private final Organisations organisations;

    RegistrationRules(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The fields checked; {@code challengeFailed}: the proof-of-work is missing or wrong, named with the rest. */
    Checked check(RegistrationInput input, boolean challengeFailed) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = EventRules.line(input.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "events.registration.name.required"));
        } else if (name.length() < 3 || name.length() > 200) {
            problems.add(new FieldProblem("name", "events.registration.name.length"));
        }
        String email = input.email() == null ? null : input.email().strip();
        if (email == null || email.isEmpty()) {
            problems.add(new FieldProblem("email", "events.registration.email.required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "events.registration.email.invalid"));
        }
        String organisationName = EventRules.line(input.organisationName());
        Long organisationId = null;
        if (input.organisationId() != null) {
            Optional<OrganisationView> picked = organisations.find(input.organisationId())
                    .filter(o -> o.status() != OrganisationStatus.CLOSED);
            if (picked.isEmpty()) {
                problems.add(new FieldProblem("organisationId", "events.registration.organisation.unknown"));
            } else {
                organisationId = picked.get().id();
                organisationName = picked.get().name();
            }
        }
        if (organisationId == null && organisationName != null) {
            // a name typed exactly as registered links the person to that organisation
            List<OrganisationView> same = organisations.namedExactly(organisationName);
            if (same.size() == 1) {
                organisationId = same.get(0).id();
                organisationName = same.get(0).name();
            }
        }
        if (organisationName != null && organisationName.length() > 300) {
            problems.add(new FieldProblem("organisationName", "events.registration.organisation.tooLong"));
        }
        String needs = EventRules.text(input.accessibilityNeeds());
        if (needs != null && needs.length() > 1000) {
            problems.add(new FieldProblem("accessibilityNeeds", "events.registration.needs.tooLong"));
        }
        if (!Boolean.TRUE.equals(input.consent())) {
            problems.add(new FieldProblem("consent", "events.registration.consent.required"));
        }
        if (challengeFailed) {
            problems.add(new FieldProblem("altcha", "challenge.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(name, email, organisationId, organisationName, needs);
    }
}
