package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The organiser's view of an event's people and the attendance check-in. Only those who manage
 * the event (its OWES's staff, ROPS) see the list; attendance is marked only for confirmed
 * registrations and only from the event's start day on (in the region's time zone), so a list
 * is not ticked off in advance. Every changed mark is audited.
 */
@Service
public class ParticipantService {

    static final String ENTITY = "EventRegistration";

    private final EventService events;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final PlatformSettings settings;
    private final Clock clock;

    ParticipantService(EventService events, ParticipantRepository participants, AuditTrail audit,
            PlatformSettings settings, Clock clock) {
        this.events = events;
        this.participants = participants;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** The event's people by status; not found or denied as {@link EventService#managed(long)}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional(readOnly = true)
    public ParticipantList list(long eventId) {
        EventView event = events.managed(eventId);
        return listOf(event);
    }

    /** One registration of an event the caller manages. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional(readOnly = true)
    public Participant participant(long eventId, long registrationId) {
        events.managed(eventId);
        return participants.find(eventId, registrationId)
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
    }

    /** A person who attended, for their certificate; a registration without attendance is refused with 409. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional(readOnly = true)
    public Participant attendee(long eventId, long registrationId) {
        Participant participant = participant(eventId, registrationId);
        if (!participant.attended() || !participant.confirmed()) {
            throw new ConflictException("participants.certificate.notAttended",
                    "registration " + registrationId + " has no attendance");
        }
        return participant;
    }

    /** Marks one person present or not; returns them as they are now. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public Participant mark(long eventId, long registrationId, boolean attended) {
        mark(eventId, List.of(registrationId), attended);
        return participants.find(eventId, registrationId).orElseThrow();
    }

    /**
     * Marks the people present (or not): all of them or, when one id is not a confirmed
     * registration of this event, none (400 naming {@code registrationIds}). Returns every
     * registration of the event as it is now.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public List<Participant> mark(long eventId, List<Long> registrationIds, Boolean attended) {
        EventView event = events.managed(eventId);
        if (registrationIds == null || registrationIds.isEmpty() || registrationIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("registrationIds", "participants.attendance.ids.required");
        }
        if (attended == null) {
            throw InvalidInputException.of("attended", "participants.attendance.attended.required");
        }
        Map<Long, Participant> current = participants.of(eventId).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        Set<Long> ids = new LinkedHashSet<>(registrationIds);
        for (Long id : ids) {
            Participant participant = current.get(id);
            if (participant == null) {
                throw InvalidInputException.of("registrationIds", "participants.attendance.ids.otherEvent");
            }
            if (!participant.confirmed()) {
                throw InvalidInputException.of("registrationIds", "participants.attendance.ids.notConfirmed");
            }
        }
        if (event.cancelled()) {
            throw new ConflictException("participants.attendance.cancelled", "event " + eventId + " is cancelled");
        }
        if (!attendanceOpen(event)) {
            throw new ConflictException("participants.attendance.tooEarly", "event " + eventId + " has not started",
                    new Object[] {startDay(event).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))},
                    Map.of());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Long id : ids) {
            Participant before = current.get(id);
            if (before.attended() == attended) {
                continue;
            }
            participants.mark(eventId, id, attended, now);
            audit.updated(ENTITY, id, state(before.attended()), state(attended));
        }
        return participants.of(eventId);
    }

    /** Whether the event's start day (in the region's time zone) has come. */
    public boolean attendanceOpen(EventView event) {
        return !LocalDate.now(clock.withZone(settings.timeZone())).isBefore(startDay(event));
    }

    LocalDate startDay(EventView event) {
        return event.startsAt().atZoneSameInstant(settings.timeZone()).toLocalDate();
    }

    ParticipantList listOf(EventView event) {
        List<Participant> all = participants.of(event.id());
        return new ParticipantList(event, byStatus(all, RegistrationStatus.CONFIRMED),
                byStatus(all, RegistrationStatus.WAITLISTED), byStatus(all, RegistrationStatus.CANCELLED),
                attendanceOpen(event));
    }

    private static List<Participant> byStatus(List<Participant> all, RegistrationStatus status) {
        return all.stream().filter(p -> p.status() == status).toList();
    }

    private static Map<String, Object> state(boolean attended) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("attended", attended);
        return state;
    }
}
