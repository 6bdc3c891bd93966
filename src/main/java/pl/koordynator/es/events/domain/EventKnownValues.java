package pl.koordynator.es.events.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.KnownValues;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * What the calendar knows for an OWES report: the trainings the OWES held in the period and the
 * people checked in at them, so the report form offers them instead of asking to count again.
 */
@Component
class EventKnownValues implements KnownValues {

    static final String TRAININGS = "TRAININGS";
    static final String TRAINING_PARTICIPANTS = "TRAINING_PARTICIPANTS";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    EventKnownValues(JdbcClient jdbc, PlatformSettings settings) {
        this.jdbc = jdbc;
        this.zone = settings.timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownValue> value(long owesId, String indicatorCode, LocalDate from, LocalDate to) {
        String sql = switch (indicatorCode) {
            case TRAININGS -> """
                    select count(*) from event e
                    where e.organiser_id = :owes and e.type = 'TRAINING' and e.status = 'PUBLISHED'
                      and e.starts_at >= :from and e.starts_at < :to and e.starts_at <= now()""";
            case TRAINING_PARTICIPANTS -> """
                    select count(*) from event_registration r join event e on e.id = r.event_id
                    where e.organiser_id = :owes and e.type = 'TRAINING' and e.status = 'PUBLISHED'
                      and e.starts_at >= :from and e.starts_at < :to and r.attended""";
            default -> null;
        };
        if (sql == null || !usesTheCalendar(owesId, from, to)) {
            return Optional.empty();
        }
        long count = jdbc.sql(sql).param("owes", owesId).param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).query(Long.class).single();
        return Optional.of(new KnownValue(BigDecimal.valueOf(count), TRAININGS.equals(indicatorCode)
                ? "Kalendarz wydarzeń: szkolenia odbyte w okresie"
                : "Kalendarz wydarzeń: obecni na szkoleniach w okresie"));
    }

    /**
     * Whether the OWES keeps its events here at all in the period; if not, the calendar knows
     * nothing and offers nothing, rather than a zero the OWES would have to explain.
     */
    private boolean usesTheCalendar(long owesId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select exists (select 1 from event where organiser_id = :owes and status <> 'DRAFT'
                    and starts_at >= :from and starts_at < :to)""")
                .param("owes", owesId).param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).query(Boolean.class).single();
    }
}
