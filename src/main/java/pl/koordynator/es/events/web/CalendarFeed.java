package pl.koordynator.es.events.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.events.domain.EventQuery;
import pl.koordynator.es.events.domain.EventService;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.shared.Paging;

/**
 * The calendar for calendar programs: {@code /events.ics} with the public events of the last three
 * months and all coming ones (to subscribe to), and one {@code .ics} per event (to add it).
 */
@RestController
class CalendarFeed {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final int FEED_LIMIT = 1000;

    private final EventService events;
    private final EventChoices choices;
    private final PlatformSettings settings;
    private final Clock clock;

    CalendarFeed(EventService events, EventChoices choices, PlatformSettings settings, Clock clock) {
        this.events = events;
        this.choices = choices;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> feed() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<EventView> found = events.search(EventQuery.between(now.minusMonths(3), null), new Paging(0, FEED_LIMIT),
                false).items().stream().filter(e -> e.publicEvent() && !e.draft()).toList();
        return calendar(found, "events.ics");
    }

    @GetMapping("/events/{id:\\d+}.ics")
    ResponseEntity<String> one(@PathVariable long id) {
        return calendar(List.of(events.get(id)), "event-" + id + ".ics");
    }

    private ResponseEntity<String> calendar(List<EventView> found, String fileName) {
        String host = URI.create(settings.link("/")).getHost();
        String body = ICalendar.of(host == null ? "koordynator-es" : host, "Koordynator ES – wydarzenia", found,
                OffsetDateTime.now(clock), choices::place, event -> settings.link("/events/" + event.id()));
        return ResponseEntity.ok().headers(Downloads.inline(CALENDAR, fileName)).body(body);
    }
}
