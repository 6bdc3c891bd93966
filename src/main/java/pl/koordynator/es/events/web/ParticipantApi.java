package pl.koordynator.es.events.web;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.events.domain.Participant;
import pl.koordynator.es.events.domain.ParticipantService;

/**
 * An event's registrations and their attendance over HTTP, for the organiser's staff and ROPS.
 * The participant's secret link token is never part of the answer.
 */
@RestController
@RequestMapping("/api/v1/events/{id}")
class ParticipantApi {

    @Schema(description = "A registration as the organiser sees it")
    record Registration(long id, String name, String email, Long organisationId, String organisationName,
            String accessibilityNeeds, RegistrationStatus status, OffsetDateTime registeredAt, boolean attended) {

        static Registration of(Participant p) {
            return new Registration(p.id(), p.name(), p.email(), p.organisationId(), p.organisationName(),
                    p.accessibilityNeeds(), p.status(), p.registeredAt(), p.attended());
        }
    }

    @Schema(description = "Marks the listed registrations present (attended true) or not present (false). All of "
            + "them must be confirmed registrations of the event, or nothing changes (400 naming registrationIds); "
            + "attendance is marked from the event's start day on (409 before).")
    record AttendanceChange(
            @Schema(description = "ids of confirmed registrations of this event", example = "[12, 15]")
            List<Long> registrationIds,
            @Schema(description = "true: present; false: the mark is removed", example = "true")
            Boolean attended) {
    }

    private final ParticipantService participants;

    ParticipantApi(ParticipantService participants) {
        this.participants = participants;
    }

    /** Every registration of the event (confirmed, waiting, cancelled) in order of registration. */
    @GetMapping("/registrations")
    List<Registration> registrations(@PathVariable long id) {
        return participants.list(id).all().stream().map(Registration::of).toList();
    }

    /** Marks attendance; answers with every registration of the event as it is now. */
    @PutMapping("/attendance")
    List<Registration> attendance(@PathVariable long id, @RequestBody(required = false) AttendanceChange change) {
        AttendanceChange body = change == null ? new AttendanceChange(null, null) : change;
        List<Participant> all = participants.mark(id, body.registrationIds(), body.attended());
        return all.stream().map(Registration::of).toList();
    }
}
