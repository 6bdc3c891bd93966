package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;

/**
 * The post-event evaluation. A participant reaches it through their personal link (the secret
 * token of their registration, so no account is needed): it opens once the event has ended and
 * only to those who were checked in, and takes one answer per person. The organiser sees the
 * answers summed up, never who gave which.
 */
@Service
public class EvaluationService {

    static final String ENTITY = "EventEvaluation";
    static final int COMMENT_LIMIT = 2000;

    private final EventRepository events;
    private final EventService eventService;
    private final RegistrationRepository registrations;
    private final EvaluationRepository evaluations;
    private final AuditTrail audit;
    private final Clock clock;

    EvaluationService(EventRepository events, EventService eventService, RegistrationRepository registrations,
            EvaluationRepository evaluations, AuditTrail audit, Clock clock) {
        this.events = events;
        this.eventService = eventService;
        this.registrations = registrations;
        this.evaluations = evaluations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where the participant's link leads; an unknown token is not found. */
    @Transactional(readOnly = true)
    public EvaluationTicket ticket(UUID token) {
        RegistrationView registration = registration(token);
        EventView event = events.find(registration.eventId()).orElseThrow(() -> new NotFoundException("registration", token));
        return new EvaluationTicket(event, registration.name(), state(event, registration));
    }

    /** Saves the participant's answer; refused when the form is not open to them, invalid input changes nothing. */
    @Transactional
    public EvaluationTicket submit(UUID token, EvaluationInput input) {
        EvaluationTicket ticket = ticket(token);
        switch (ticket.state()) {
            case NOT_ENDED -> throw new ConflictException("participants.evaluation.notEnded", "event has not ended");
            case NOT_ATTENDED -> throw new ConflictException("participants.evaluation.notAttended", "not attended");
            case SUBMITTED -> throw new ConflictException("participants.evaluation.submitted", "already submitted");
            default -> { }
        }
        EvaluationInput clean = validated(input);
        RegistrationView registration = registration(token);
        long id = evaluations.insert(registration.id(), registration.eventId(), clean, OffsetDateTime.now(clock));
        if (id == 0) {
            throw new ConflictException("participants.evaluation.submitted", "already submitted");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("event", registration.eventId());
        state.put("overall", clean.overall());
        state.put("usefulness", clean.usefulness());
        state.put("organisation", clean.organisation());
        // free text: people sign it, mention themselves or others
        state.put("comment", Personal.of(clean.comment()));
        audit.created(ENTITY, id, state);
        return new EvaluationTicket(ticket.event(), ticket.participantName(), EvaluationTicket.State.SUBMITTED);
    }

    /** The answers of an event summed up, for those who manage it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional(readOnly = true)
    public EvaluationSummary summary(long eventId) {
        return evaluations.summary(eventService.managed(eventId));
    }

    static EvaluationInput validated(EvaluationInput input) {
        EvaluationInput in = input == null ? new EvaluationInput(null, null, null, null) : input;
        List<FieldProblem> problems = new ArrayList<>();
        rating(problems, "overall", in.overall());
        rating(problems, "usefulness", in.usefulness());
        rating(problems, "organisation", in.organisation());
        String comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().strip();
        if (comment != null && comment.length() > COMMENT_LIMIT) {
            problems.add(new FieldProblem("comment", "participants.evaluation.comment.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EvaluationInput(in.overall(), in.usefulness(), in.organisation(), comment);
    }

    private static void rating(List<FieldProblem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "participants.evaluation.rating.required"));
        } else if (value < 1 || value > 5) {
            problems.add(new FieldProblem(field, "participants.evaluation.rating.range"));
        }
    }

    private EvaluationTicket.State state(EventView event, RegistrationView registration) {
        if (!registration.confirmed() || !registration.attended()) {
            return EvaluationTicket.State.NOT_ATTENDED;
        }
        if (!event.over(OffsetDateTime.now(clock))) {
            return EvaluationTicket.State.NOT_ENDED;
        }
        return evaluations.exists(registration.id()) ? EvaluationTicket.State.SUBMITTED : EvaluationTicket.State.OPEN;
    }

    private RegistrationView registration(UUID token) {
        return registrations.byToken(token).orElseThrow(() -> new NotFoundException("registration", token));
    }
}
