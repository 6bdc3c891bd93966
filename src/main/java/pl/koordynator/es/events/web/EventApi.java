package pl.koordynator.es.events.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.events.domain.EventInput;
import pl.koordynator.es.events.domain.EventQuery;
import pl.koordynator.es.events.domain.EventService;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.events.domain.RegistrationInput;
import pl.koordynator.es.events.domain.RegistrationService;
import pl.koordynator.es.events.domain.RegistrationView;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.RateLimited;
import pl.koordynator.es.shared.Paging;

/**
 * Events over HTTP. Anyone reads published public events and registers for them (at most so
 * many registrations a minute from one address); ROPS and the OWES organise them.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApi {

    /** What a person learns after registering: a place, or a place in the queue. */
    record Registered(long id, RegistrationStatus status, Integer waitingPosition) {
    }

    /** 429 with the time to wait, in the shape of every other API problem. */
    private final EventService events;
    private final RegistrationService registrations;
    private final CalendarFilter.Parser filters;

    EventApi(EventService events, RegistrationService registrations, CalendarFilter.Parser filters) {
        this.events = events;
        this.registrations = registrations;
        this.filters = filters;
    }

    /** Events starting from {@code from} (today when absent) until {@code to}, soonest first. */
    @GetMapping
    ApiPage<EventJson> search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) EventType type, @RequestParam(required = false) String powiat,
            @RequestParam(required = false) Long organiserId, @RequestParam(required = false) EventTopic topic,
            @RequestParam(required = false) EventStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        EventQuery query = filters.apiQuery(from, to, type, powiat, organiserId, topic, status, q);
        return ApiPage.of(events.search(query, Paging.of(page, size), false).map(EventJson::of));
    }

    @GetMapping("/{id}")
    EventJson get(@PathVariable long id) {
        return EventJson.of(events.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EventJson> create(@RequestBody EventInput input, UriComponentsBuilder uri) {
        EventView created = events.create(input);
        return ResponseEntity.created(uri.path("/api/v1/events/{id}").build(created.id())).body(EventJson.of(created));
    }

    @PutMapping("/{id}")
    EventJson update(@PathVariable long id, @RequestBody EventInput input) {
        return EventJson.of(events.update(id, input));
    }

    /** Deletes a draft nobody registered for; a published event is cancelled with PUT status CANCELLED. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        events.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @RateLimited("registrations")
    ResponseEntity<Registered> register(@PathVariable long id, @RequestBody RegistrationInput input, Locale locale) {
        RegistrationView registration = registrations.register(id, input, locale);
        Integer position = registration.waitlisted()
                ? registrations.own(registration.token()).map(RegistrationService.Own::position).orElse(null) : null;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Registered(registration.id(), registration.status(), position));
    }
}
