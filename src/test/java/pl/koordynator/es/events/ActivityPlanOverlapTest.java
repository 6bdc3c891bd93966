package pl.koordynator.es.events;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.events.domain.Overlap;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlap rule of the shared activity plan, event by event. */
class ActivityPlanOverlapTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 16, 10, 0);
    private static long ids = 1;

    private static PlannedEvent event(Long organiser, EventType type, String gmina, LocalDateTime startsAt,
            EventStatus status, EventTopic... topics) {
        var start = startsAt.atZone(WARSAW).toOffsetDateTime();
        return new PlannedEvent(ids++, type, "Wydarzenie " + ids, organiser,
                organiser == null ? "ROPS" : "OWES " + organiser, start, start.plusHours(3), gmina, List.of(topics),
                status, true);
    }

    private static PlannedEvent training(Long organiser, String gmina, int daysLater, EventTopic... topics) {
        return event(organiser, EventType.TRAINING, gmina, START.plusDays(daysLater), EventStatus.PUBLISHED, topics);
    }

    @Test
    void twoOwesTrainingOnTheSameTopicInOnePowiatThirteenAndFourteenDaysApartOverlap() {
        PlannedEvent first = training(1L, "2201023", 0, EventTopic.LEGAL, EventTopic.MARKETING);

        Overlap thirteen = Overlap.between(first, training(2L, "2201032", 13, EventTopic.LEGAL), WARSAW).orElseThrow();
        assertThat(thirteen.daysApart()).isEqualTo(13);
        assertThat(thirteen.topics()).containsExactly(EventTopic.LEGAL);
        assertThat(thirteen.type()).isEqualTo(EventType.TRAINING);
        assertThat(thirteen.first()).isEqualTo(first);

        PlannedEvent late = training(2L, "2201032", 14, EventTopic.MARKETING, EventTopic.LEGAL);
        Overlap fourteen = Overlap.between(late, first, WARSAW).orElseThrow();
        assertThat(fourteen.daysApart()).isEqualTo(14);
        assertThat(fourteen.first()).as("the earlier event comes first").isEqualTo(first);
        assertThat(fourteen.second()).isEqualTo(late);
        assertThat(fourteen.topics()).containsExactly(EventTopic.LEGAL, EventTopic.MARKETING);
    }

    @Test
    void fifteenDaysApartIsNoOverlap() {
        assertThat(Overlap.between(training(1L, "2201023", 0, EventTopic.LEGAL),
                training(2L, "2201032", 15, EventTopic.LEGAL), WARSAW)).isEmpty();
    }

    @Test
    void daysAreCountedAsCalendarDaysInTheRegionsZoneNotAsHours() {
        PlannedEvent evening = event(1L, EventType.TRAINING, "2201023", LocalDateTime.of(2026, 11, 16, 23, 30),
                EventStatus.PUBLISHED, EventTopic.LEGAL);
        // 13 days and 1 hour later, but on the 14th day
        PlannedEvent fourteenth = event(2L, EventType.TRAINING, "2201023", LocalDateTime.of(2026, 11, 30, 0, 30),
                EventStatus.PUBLISHED, EventTopic.LEGAL);
        // 14 days and 1 hour later, but on the 15th day
        PlannedEvent fifteenth = event(2L, EventType.TRAINING, "2201023", LocalDateTime.of(2026, 12, 1, 0, 30),
                EventStatus.PUBLISHED, EventTopic.LEGAL);

        assertThat(Overlap.between(evening, fourteenth, WARSAW)).map(Overlap::daysApart).contains(14L);
        assertThat(Overlap.between(evening, fifteenth, WARSAW)).isEmpty();
    }

    @Test
    void theSameOrganiserPlanningTwiceIsNotFlagged() {
        assertThat(Overlap.between(training(1L, "2201023", 0, EventTopic.LEGAL),
                training(1L, "2201032", 3, EventTopic.LEGAL), WARSAW)).isEmpty();
        assertThat(Overlap.between(training(null, "2201023", 0, EventTopic.LEGAL),
                training(null, "2201032", 3, EventTopic.LEGAL), WARSAW)).as("ROPS is one organiser").isEmpty();
    }

    @Test
    void ropsAndAnOwesAreDifferentOrganisers() {
        assertThat(Overlap.between(training(null, "2201023", 0, EventTopic.FINANCING),
                training(7L, "2201012", 5, EventTopic.FINANCING), WARSAW)).map(Overlap::daysApart).contains(5L);
    }

    @Test
    void noSharedTopicOrAnotherTypeIsNotFlagged() {
        assertThat(Overlap.between(training(1L, "2201023", 0, EventTopic.LEGAL),
                training(2L, "2201023", 2, EventTopic.MARKETING, EventTopic.ACCOUNTING), WARSAW)).isEmpty();
        assertThat(Overlap.between(training(1L, "2201023", 0, EventTopic.LEGAL),
                event(2L, EventType.WORKSHOP, "2201023", START, EventStatus.PUBLISHED, EventTopic.LEGAL), WARSAW))
                .isEmpty();
    }

    @Test
    void anotherPowiatOrAnOnlineEventIsNotFlagged() {
        assertThat(Overlap.between(training(1L, "2201023", 0, EventTopic.LEGAL),
                training(2L, "2261011", 1, EventTopic.LEGAL), WARSAW)).isEmpty();
        assertThat(Overlap.between(training(1L, null, 0, EventTopic.LEGAL),
                training(2L, null, 1, EventTopic.LEGAL), WARSAW)).isEmpty();
    }

    @Test
    void aCancelledEventIsNotFlagged() {
        assertThat(Overlap.between(training(1L, "2201023", 0, EventTopic.LEGAL),
                event(2L, EventType.TRAINING, "2201023", START.plusDays(2), EventStatus.CANCELLED, EventTopic.LEGAL),
                WARSAW)).isEmpty();
    }

    @Test
    void draftsArePlansAndOverlapToo() {
        assertThat(Overlap.between(training(1L, "2201023", 0, EventTopic.LEGAL),
                event(2L, EventType.TRAINING, "2201023", START.plusDays(2), EventStatus.DRAFT, EventTopic.LEGAL),
                WARSAW)).isPresent();
    }

    @Test
    void amongListsEachPairOnceInOrderOfStart() {
        PlannedEvent a = training(1L, "2201023", 0, EventTopic.LEGAL);
        PlannedEvent b = training(2L, "2201032", 4, EventTopic.LEGAL);
        PlannedEvent c = training(3L, "2201012", 20, EventTopic.LEGAL);
        PlannedEvent d = training(1L, "2201012", 10, EventTopic.LEGAL);

        List<Overlap> overlaps = Overlap.among(List.of(c, d, b, a), WARSAW);

        assertThat(overlaps).extracting(o -> o.first().id() + "-" + o.second().id())
                .containsExactly(a.id() + "-" + b.id(), b.id() + "-" + d.id(), d.id() + "-" + c.id());
    }
}
