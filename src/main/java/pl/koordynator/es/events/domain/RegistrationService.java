package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.shared.ProofOfWork;

/**
 * Registration for events: a confirmed place while there is room, the waiting list after that;
 * a cancellation through the person's own link gives the place to the first person waiting, who
 * is told by e-mail. Registrations for one event are serialised on the event's row, so two
 * people can never take the last place at once.
 */
@Service
public class RegistrationService {

    static final String ENTITY = "EventRegistration";
    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final RegistrationRules rules;
    private final EventAccess access;
    private final EventMails mails;
    private final AuditTrail audit;
    private final ProofOfWork proofOfWork;
    private final Clock clock;
    private final ZoneId zone;

    RegistrationService(EventRepository events, RegistrationRepository registrations, RegistrationRules rules,
            EventAccess access, EventMails mails, AuditTrail audit, ProofOfWork proofOfWork, Clock clock,
            PlatformSettings settings) {
        this.events = events;
        this.registrations = registrations;
        this.rules = rules;
        this.access = access;
        this.mails = mails;
        this.audit = audit;
        this.proofOfWork = proofOfWork;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /**
     * Registers a person; the answer says whether they have a place or wait. Refused with a
     * conflict when the event is not open for registration or the address is already registered.
     */
    @Transactional
    public RegistrationView register(long eventId, RegistrationInput input, Locale language) {
        EventAccess.Caller caller = access.caller();
        EventView event = events.lock(eventId).filter(caller::maySee)
                .orElseThrow(() -> new NotFoundException("event", eventId));
        // a visitor without an account proves some work first; a session or an API token is proof enough
        boolean challenged = caller.anonymous();
        RegistrationRules.Checked person = rules.check(input, challenged && !proofOfWork.solved(input.altcha()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireOpen(event, now);
        if (registrations.live(eventId, person.email()).isPresent()) {
            throw new ConflictException("events.registration.duplicate", "already registered",
                    new Object[0], Map.of("field", "email"));
        }
        if (challenged && !proofOfWork.spend(input.altcha())) {
            // solved, but used by another registration meanwhile
            throw InvalidInputException.of("altcha", "challenge.invalid");
        }
        RegistrationStatus status = event.full() ? RegistrationStatus.WAITLISTED : RegistrationStatus.CONFIRMED;
        long id = registrations.insert(eventId, person, status, UUID.randomUUID(), language(language),
                RegistrationRules.CONSENT_VERSION, now);
        RegistrationView registration = registrations.find(id).orElseThrow();
        audit.created(ENTITY, id, state(registration));
        mails.send(status == RegistrationStatus.CONFIRMED ? EventMails.Kind.CONFIRMED : EventMails.Kind.WAITLISTED,
                event, registration);
        return registration;
    }

    /** A registration by the secret of its owner's links. */
    @Transactional(readOnly = true)
    public Optional<Own> own(UUID token) {
        return registrations.byToken(token)
                .map(registration -> new Own(registration, events.find(registration.eventId()).orElseThrow(),
                        position(registration)));
    }

    /** The person's registration with its event and, when waiting, their place in the queue (1 = next). */
    public record Own(RegistrationView registration, EventView event, int position) {

        public boolean mayCancel(OffsetDateTime now) {
            return !registration.cancelled() && !event.cancelled() && !event.started(now);
        }
    }

    /**
     * The person cancels through their own link. A confirmed place goes to the first person
     * waiting, who is e-mailed; the person gets a confirmation of the cancellation.
     */
    @Transactional
    public RegistrationView cancel(UUID token) {
        RegistrationView before = registrations.byToken(token)
                .orElseThrow(() -> new NotFoundException("registration", token));
        EventView event = events.lock(before.eventId()).orElseThrow();
        // re-read under the event's lock: a concurrent cancellation may have got here first
        before = registrations.find(before.id()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (before.cancelled()) {
            throw new ConflictException("events.registration.alreadyCancelled", "already cancelled");
        }
        if (event.cancelled() || event.started(now)) {
            throw new ConflictException("events.registration.tooLateToCancel", "the event has started");
        }
        registrations.cancel(before.id(), now);
        RegistrationView after = registrations.find(before.id()).orElseThrow();
        audit.updated(ENTITY, before.id(), state(before), state(after));
        mails.send(EventMails.Kind.REGISTRATION_CANCELLED, event, after);
        fillFreePlaces(event.id(), now);
        return after;
    }

    /** Gives free places to the people waiting, first come first served; after a cancellation or a larger room. */
    @Transactional
    public void fillFreePlaces(long eventId, OffsetDateTime now) {
        EventView event = events.lock(eventId).orElseThrow();
        while (!event.cancelled() && !event.full() && !event.started(now)) {
            Optional<RegistrationView> next = registrations.firstWaiting(eventId);
            if (next.isEmpty()) {
                return;
            }
            registrations.promote(next.get().id(), now);
            RegistrationView promoted = registrations.find(next.get().id()).orElseThrow();
            audit.updated(ENTITY, promoted.id(), state(next.get()), state(promoted));
            mails.send(EventMails.Kind.PROMOTED, event, promoted);
            event = events.find(eventId).orElseThrow();
        }
    }

    /** Every morning: the reminder to everyone with a place at an event that starts tomorrow. */
    @Scheduled(cron = "${koordynator.events.reminder-cron:0 0 9 * * *}", zone = "${koordynator.time-zone:Europe/Warsaw}")
    @SchedulerLock(name = "events.event-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sendRemindersNow() {
        int sent = sendReminders(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Sent {} event reminders", sent);
        }
    }

    /**
     * Reminds the participants of events starting the day after {@code today}; each person once,
     * also when two instances run this at the same moment: a reminder goes out only after its
     * registration was claimed.
     */
    @Transactional
    public int sendReminders(LocalDate today) {
        OffsetDateTime from = today.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = today.plusDays(2).atStartOfDay(zone).toOffsetDateTime();
        int sent = 0;
        for (RegistrationView registration : registrations.dueForReminder(from, to)) {
            if (!registrations.claimReminder(registration.id(), OffsetDateTime.now(clock))) {
                continue;
            }
            EventView event = events.find(registration.eventId()).orElseThrow();
            mails.send(EventMails.Kind.REMINDER, event, registration);
            sent++;
        }
        return sent;
    }

    private int position(RegistrationView registration) {
        return registration.waitlisted() ? registrations.waitingPosition(registration) : 0;
    }

    private static void requireOpen(EventView event, OffsetDateTime now) {
        if (event.cancelled()) {
            throw new ConflictException("events.registration.eventCancelled", "the event is cancelled");
        }
        if (!event.published()) {
            throw new ConflictException("events.registration.notPublished", "the event is not published");
        }
        if (event.registrationNotYetOpen(now)) {
            throw new ConflictException("events.registration.notYetOpen", "registration has not opened yet");
        }
        if (!event.registrationOpen(now)) {
            throw new ConflictException("events.registration.closed", "registration is closed");
        }
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "pl";
    }

    /** The fields of {@link #state} that are the person's data. */
    static final java.util.Set<String> PERSONAL_FIELDS = java.util.Set.of("name", "email", "organisation");

    static Map<String, Object> state(RegistrationView registration) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("eventId", registration.eventId());
        state.put("name", Personal.of(registration.name()));
        state.put("email", Personal.of(registration.email()));
        // typed by the person, it may name them ("Anna Nowak, rękodzieło"); a picked one is the register's name
        state.put("organisation", Personal.of(registration.organisationName()));
        state.put("status", registration.status());
        return state;
    }
}
