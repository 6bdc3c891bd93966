package pl.koordynator.es.events;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.domain.EventInput;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The iCalendar feed read back by ical4j, an independent RFC 5545 parser, with its validation on. */
class CalendarFeedTest extends IntegrationTest {

    @Autowired
    EventsFixtures fixtures;

    private Calendar parse(String path) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\r\n").doesNotContain("\n\n");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        calendar.validate();
        return calendar;
    }

    @Test
    void theFeedHasEveryPublicEventWithItsTimeTitleAndPlaceAndMarksCancelledOnes() throws Exception {
        EventInput base = fixtures.training("Zażółć gęślą jaźń; szkolenie, które ma bardzo długi tytuł, żeby linia się zawinęła", 20);
        EventView training = fixtures.published(base);
        EventView draft = fixtures.published(new EventInput("Plan na przyszły rok", "MEETING", null, null,
                base.startsAt(), base.endsAt(), null, null, "https://spotkanie.example.pl/abc", null, null, null, null,
                true, "DRAFT", List.of(), null, null, null));

        Calendar calendar = parse("/events.ics");

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(training.title());
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("event-" + training.id() + "@localhost");
        assertThat(Instant.from((Temporal) event.getDateTimeStart().getDate())).isEqualTo(training.startsAt().toInstant());
        assertThat(Instant.from((Temporal) event.getDateTimeEnd().getDate())).isEqualTo(training.endsAt().toInstant());
        assertThat(event.getLocation().getValue()).contains("Okopowa 21/27", "Gdańsk");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(draft.draft()).isTrue();

        mvc.perform(get("/events/" + training.id() + "/edit")); // nothing changes by reading
        fixtures.cancel(training.id());
        VEvent cancelled = (VEvent) parse("/events/" + training.id() + ".ics").getComponents("VEVENT").get(0);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);
    }
}
