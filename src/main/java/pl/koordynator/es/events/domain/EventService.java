package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.events.domain.EventAccess.Caller;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Events: created and changed by their organiser (an OWES for its own events) or ROPS, read by
 * everyone once published. Cancelling a published event tells every registered person by
 * e-mail. Pages and the API call this service, and it alone decides who may see and do what.
 */
@Service
public class EventService {

    static final String ENTITY = "Event";
    /** The organiser's name for ROPS's own events. */
    public static final String ROPS = "ROPS";

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventRules rules;
    private final EventAccess access;
    private final EventMails mails;
    private final RegistrationService registrationService;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    EventService(EventRepository events, RegistrationRepository registrations, EventRules rules, EventAccess access,
            EventMails mails, RegistrationService registrationService, Organisations organisations, AuditTrail audit,
            Clock clock) {
        this.registrationService = registrationService;
        this.events = events;
        this.registrations = registrations;
        this.rules = rules;
        this.access = access;
        this.mails = mails;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public Caller caller() {
        return access.caller();
    }

    /** One event; one the caller may not see is reported as not existing. */
    @Transactional(readOnly = true)
    public EventView get(long id) {
        Caller caller = access.caller();
        return events.find(id).filter(caller::maySee)
                .orElseThrow(() -> new NotFoundException("event", id));
    }

    /** An event the caller manages: not found when they may not see it, denied when they only see it. */
    @Transactional(readOnly = true)
    public EventView managed(long id) {
        creator();
        EventView event = get(id);
        if (!access.caller().mayManage(event)) {
            throw new AccessDeniedException("event " + id + " is organised by someone else");
        }
        return event;
    }

    /** The events the caller may see matching the query, soonest first (latest first with {@code newestFirst}). */
    @Transactional(readOnly = true)
    public PageOf<EventView> search(EventQuery query, Paging paging, boolean newestFirst) {
        Caller caller = access.caller();
        EventRepository.Scope scope = new EventRepository.Scope(caller.admin(), !caller.anonymous(),
                caller.ownOrganiser());
        return events.search(query, scope, paging, newestFirst);
    }

    /** Organisers with events, for the calendar's filter; ROPS under a null id. */
    @Transactional(readOnly = true)
    public Map<Long, String> organisers() {
        return events.organisers();
    }

    /**
     * The problems the input would have, without saving anything; for a form whose number fields
     * could not even be read, so that every other mistake is shown at the same time.
     */
    public List<FieldProblem> problems(EventInput input, String previousGmina) {
        return rules.problems(input, previousGmina);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public EventView create(EventInput input) {
        Caller caller = creator();
        List<FieldProblem> problems = new ArrayList<>(rules.problems(input, null));
        Organiser organiser = organiser(caller, input.organiserId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EventRules.Checked checked = rules.check(input, null);
        long id = events.insert(checked, organiser.id(), organiser.name(), caller.user().username());
        EventView created = events.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public EventView update(long id, EventInput input) {
        Caller caller = creator();
        EventView before = managed(id);
        List<FieldProblem> problems = new ArrayList<>(rules.problems(input, before.gminaTeryt()));
        Long organiserId = input.organiserId() == null && !caller.admin() ? before.organiserId() : input.organiserId();
        Organiser organiser = before.organiserId() != null && before.organiserId().equals(organiserId)
                ? new Organiser(before.organiserId(), before.organiserName())
                : organiser(caller, organiserId, problems);
        if (input.version() == null) {
            problems.add(new FieldProblem("version", "events.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EventRules.Checked checked = rules.check(input, before.gminaTeryt());
        if (before.cancelled() && checked.status() != EventStatus.CANCELLED) {
            throw new ConflictException("events.conflict.cancelled", "event " + id + " is cancelled");
        }
        if (!before.draft() && checked.status() == EventStatus.DRAFT) {
            throw new ConflictException("events.conflict.backToDraft", "event " + id + " is already published");
        }
        if (checked.capacity() != null && checked.capacity() < before.confirmed()) {
            throw new InvalidInputException(List.of(new FieldProblem("capacity", "events.capacity.belowConfirmed")));
        }
        if (!events.update(id, input.version(), checked, organiser.id(), organiser.name())) {
            throw stale(id);
        }
        EventView after = events.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        if (!before.cancelled() && after.cancelled()) {
            tellEveryoneItIsCancelled(after);
        } else {
            // a larger room or a later start gives places to the people waiting
            registrationService.fillFreePlaces(id, now());
            after = events.find(id).orElseThrow();
        }
        return after;
    }

    /** Publishes a draft: it appears in the calendar and registration opens as set. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public EventView publish(long id, Long version) {
        EventView before = managed(id);
        if (!before.draft()) {
            throw new ConflictException("events.conflict.notDraft", "event " + id + " is not a draft");
        }
        return changeStatus(before, version, EventStatus.PUBLISHED);
    }

    /** Cancels an event; everyone registered or waiting is told by e-mail. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public EventView cancel(long id, Long version) {
        EventView before = managed(id);
        if (before.cancelled()) {
            throw new ConflictException("events.conflict.cancelled", "event " + id + " is cancelled");
        }
        EventView after = changeStatus(before, version, EventStatus.CANCELLED);
        tellEveryoneItIsCancelled(after);
        return after;
    }

    /** Deletes a draft nobody registered for; a published event is cancelled instead, so its history stays. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public void delete(long id, Long version) {
        EventView before = managed(id);
        if (!before.draft() || !registrations.of(id, null).isEmpty()) {
            throw new ConflictException("events.conflict.deletePublished", "event " + id + " is not an empty draft");
        }
        if (!events.delete(id, version == null ? before.version() : version)) {
            throw stale(id);
        }
        audit.deleted(ENTITY, id, state(before));
    }

    private EventView changeStatus(EventView before, Long version, EventStatus status) {
        EventInput input = inputOf(before, status, version == null ? before.version() : version);
        if (!events.update(before.id(), input.version(), rules.check(input, before.gminaTeryt()),
                before.organiserId(), before.organiserName())) {
            throw stale(before.id());
        }
        EventView after = events.find(before.id()).orElseThrow();
        audit.updated(ENTITY, before.id(), state(before), state(after));
        return after;
    }

    private void tellEveryoneItIsCancelled(EventView event) {
        for (RegistrationView registration : registrations.of(event.id(), null)) {
            if (registration.status() != RegistrationStatus.CANCELLED) {
                mails.send(EventMails.Kind.EVENT_CANCELLED, event, registration);
            }
        }
    }

    /** The caller, who must be one who organises events (ROPS, the staff of an open OWES). */
    public Caller creator() {
        Caller caller = access.caller();
        if (!caller.mayCreate()) {
            throw new AccessDeniedException("only ROPS and OWES staff organise events");
        }
        return caller;
    }

    record Organiser(Long id, String name) {
    }

    /**
     * Who organises: an OWES user's own OWES, whatever they send; for ROPS the organisation named
     * (an OWES or a partner of the register) or ROPS itself when none is named.
     */
    private Organiser organiser(Caller caller, Long organiserId, List<FieldProblem> problems) {
        if (!caller.admin()) {
            if (organiserId != null && !organiserId.equals(caller.ownOrganiser())) {
                throw new AccessDeniedException("an OWES organises only its own events");
            }
            return organisations.find(caller.ownOrganiser()).map(o -> new Organiser(o.id(), o.name()))
                    .orElseThrow(() -> new AccessDeniedException("the account's OWES is not in the register"));
        }
        if (organiserId == null) {
            return new Organiser(null, ROPS);
        }
        OrganisationView organisation = organisations.find(organiserId)
                .filter(o -> o.status() != OrganisationStatus.CLOSED && !o.kind().isPes())
                .orElse(null);
        if (organisation == null) {
            problems.add(new FieldProblem("organiserId", "events.organiser.unknown"));
            return new Organiser(null, ROPS);
        }
        return new Organiser(organisation.id(), organisation.name());
    }

    private static ConflictException stale(long id) {
        return new ConflictException("events.conflict.stale", "event " + id + " was changed by someone else");
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The event as input again, with another status; for the publish and cancel buttons. */
    static EventInput inputOf(EventView event, EventStatus status, Long version) {
        return new EventInput(event.title(), event.type().name(), event.description(), event.organiserId(),
                event.startsAt().toString(), event.endsAt().toString(), event.gminaTeryt(), event.venue(),
                event.onlineUrl(), event.capacity(),
                event.registrationOpensAt() == null ? null : event.registrationOpensAt().toString(),
                event.registrationClosesAt() == null ? null : event.registrationClosesAt().toString(), event.audience(),
                event.publicEvent(), status.name(), event.topics().stream().map(Enum::name).toList(),
                event.peopleReached(), event.materialsDistributed(), version);
    }

    static Map<String, Object> state(EventView event) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", event.type());
        state.put("title", event.title());
        state.put("organiser", event.organiserName());
        state.put("startsAt", event.startsAt());
        state.put("endsAt", event.endsAt());
        state.put("gminaTeryt", event.gminaTeryt());
        state.put("venue", event.venue());
        state.put("onlineUrl", event.onlineUrl());
        state.put("capacity", event.capacity());
        state.put("registrationOpensAt", event.registrationOpensAt());
        state.put("registrationClosesAt", event.registrationClosesAt());
        state.put("topics", event.topics());
        state.put("status", event.status());
        state.put("publicEvent", event.publicEvent());
        state.put("peopleReached", event.peopleReached());
        state.put("materialsDistributed", event.materialsDistributed());
        return state;
    }
}
