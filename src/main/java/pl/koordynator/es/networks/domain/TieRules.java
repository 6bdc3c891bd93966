package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/** The one place where the rules of a declared tie's fields live; the form and the API both pass through it. */
@Component
public class TieRules {

    public static final int DESCRIPTION_MAX = 4000;
    public static final int EVIDENCE_MAX = 500;
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** Values that passed the rules, normalised as stored, with the organisations they name. */
    record Checked(OrganisationView from, OrganisationView to, TieKind kind, boolean directed, LocalDate startsOn,
            LocalDate endsOn, BigDecimal valuePln, String description, String evidenceUrl, boolean withdrawn) {
    }

    private final Organisations organisations;

    TieRules(Organisations organisations) {
        this.organisations = organisations;
    }

    /** Every problem of the input at once; the checked values when there is none. */
    Checked check(TieInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView from = organisation(input.fromOrganisationId(), "fromOrganisationId", problems);
        OrganisationView to = organisation(input.toOrganisationId(), "toOrganisationId", problems);
        if (input.fromOrganisationId() != null && input.fromOrganisationId().equals(input.toOrganisationId())) {
            problems.add(new FieldProblem("toOrganisationId", "networks.tie.self"));
        }
        TieKind kind = null;
        if (Values.blank(input.kind())) {
            problems.add(new FieldProblem("kind", "networks.tie.kind.required"));
        } else if ((kind = Values.code(TieKind.class, input.kind())) == null) {
            problems.add(new FieldProblem("kind", "networks.tie.kind.unknown"));
        }
        LocalDate startsOn = null;
        if (Values.blank(input.startsOn())) {
            problems.add(new FieldProblem("startsOn", "networks.date.required"));
        } else if ((startsOn = Values.date(input.startsOn())) == null) {
            problems.add(new FieldProblem("startsOn", "networks.date.format"));
        } else if (startsOn.isBefore(EARLIEST)) {
            problems.add(new FieldProblem("startsOn", "networks.date.tooEarly"));
            startsOn = null;
        }
        LocalDate endsOn = null;
        if (!Values.blank(input.endsOn())) {
            endsOn = Values.date(input.endsOn());
            if (endsOn == null) {
                problems.add(new FieldProblem("endsOn", "networks.date.format"));
            } else if (startsOn != null && endsOn.isBefore(startsOn)) {
                problems.add(new FieldProblem("endsOn", "networks.tie.endsBeforeStart"));
            }
        }
        BigDecimal value = null;
        if (!Values.blank(input.valuePln())) {
            value = Values.amount(input.valuePln());
            if (value == null) {
                problems.add(new FieldProblem("valuePln", "networks.tie.value.format"));
            } else if (value.signum() < 0) {
                problems.add(new FieldProblem("valuePln", "networks.tie.value.negative"));
            }
        }
        String description = Values.text(input.description());
        if (Values.length(description) > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "networks.text.tooLong", new Object[] {DESCRIPTION_MAX}));
        }
        String evidence = Values.line(input.evidenceUrl());
        if (evidence != null && (evidence.length() > EVIDENCE_MAX || !evidence.matches("(?i)https?://\\S+"))) {
            problems.add(new FieldProblem("evidenceUrl", "networks.tie.evidence.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean directed = Boolean.TRUE.equals(input.directed());
        return new Checked(from, to, kind, directed, startsOn, endsOn, value == null ? null : value.setScale(2),
                description, evidence, Boolean.TRUE.equals(input.withdrawn()));
    }

    private OrganisationView organisation(Long id, String field, List<FieldProblem> problems) {
        if (id == null) {
            problems.add(new FieldProblem(field, "networks.organisation.required"));
            return null;
        }
        Optional<OrganisationView> found = organisations.find(id);
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, "networks.organisation.unknown"));
            return null;
        }
        return found.get();
    }
}
