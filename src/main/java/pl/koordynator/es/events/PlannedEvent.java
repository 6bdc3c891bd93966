package pl.koordynator.es.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An event as other modules see it: who organises it ({@code organiserId} null means ROPS),
 * when and where ({@code gminaTeryt} null for an online event).
 */
public record PlannedEvent(long id, EventType type, String title, Long organiserId, String organiserName,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String gminaTeryt, List<EventTopic> topics,
        EventStatus status, boolean publicEvent) {

    public String powiatTeryt() {
        return gminaTeryt == null ? null : gminaTeryt.substring(0, 4);
    }
}
