package pl.koordynator.es.events;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Events written straight into the event table, as the calendar would save them, for the activity plan's tests. */
final class PlanFixtures {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final String BYTOW = "2201023";
    static final String CZARNA_DABROWKA = "2201032";
    static final String BORZYTUCHOM = "2201012";
    static final String GDANSK = "2261011";

    private final JdbcClient jdbc;

    PlanFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event starting at the time (Warsaw) and lasting two hours; a null gmina makes it online. */
    long event(String title, EventType type, Long organiserId, String organiserName, LocalDateTime startsAt,
            String gmina, EventStatus status, EventTopic... topics) {
        OffsetDateTime start = startsAt.atZone(WARSAW).toOffsetDateTime();
        return jdbc.sql("""
                insert into event (type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, online_url,
                    topics, status, created_by)
                values (:type, :title, :organiser, :organiserName, :starts, :ends, :gmina, :online,
                    cast(:topics as varchar[]), :status, 'test')
                returning id""")
                .param("type", type.name()).param("title", title).param("organiser", organiserId)
                .param("organiserName", organiserName).param("starts", start).param("ends", start.plusHours(2))
                .param("gmina", gmina).param("online", gmina == null ? "https://meet.example.org/plan" : null)
                .param("topics", "{" + List.of(topics).stream().map(Enum::name).collect(Collectors.joining(",")) + "}")
                .param("status", status.name())
                .query(Long.class).single();
    }
}
