package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.shared.PageOf;

/**
 * An OWES's own view of the support it gives: its hours this quarter against the last, and the
 * PES it serves that nobody has supported for a year. Fixed number of queries each; the caller
 * scopes them to the OWES the user acts for.
 */
@Component
public class SupportOwnQueues {

    /** How long without support makes a PES worth a visit. */
    public static final int MONTHS_WITHOUT_SUPPORT = 12;

    /** The OWES's hours and records in the quarter running today and in the one before. */
    public record QuarterHours(Period thisQuarter, BigDecimal hours, long records, Period lastQuarter,
            BigDecimal lastHours, long lastRecords) {
    }

    /** A PES served by the OWES with the day of its last support by anyone; null when it never had any. */
    public record Unsupported(long organisationId, String name, LocalDate lastSupport) {
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    SupportOwnQueues(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public QuarterHours quarterHours(long owesId) {
        Period current = Period.containing(LocalDate.now(clock), PeriodType.QUARTER);
        Period last = current.previous();
        return jdbc.sql("""
                        select coalesce(sum(hours) filter (where support_date >= :start), 0) hours,
                            count(*) filter (where support_date >= :start) records,
                            coalesce(sum(hours) filter (where support_date < :start), 0) last_hours,
                            count(*) filter (where support_date < :start) last_records
                        from support_record
                        where owes_id = :owes and support_date >= :lastStart and support_date <= :end""")
                .param("owes", owesId).param("start", current.start()).param("lastStart", last.start())
                .param("end", current.end())
                .query((rs, row) -> new QuarterHours(current, rs.getBigDecimal("hours"), rs.getLong("records"), last,
                        rs.getBigDecimal("last_hours"), rs.getLong("last_records")))
                .single();
    }

    /**
     * Active PES the OWES serves with no support recorded by any OWES in the last
     * {@value #MONTHS_WITHOUT_SUPPORT} months: never supported first, then the longest waiting.
     */
    @Transactional(readOnly = true)
    public PageOf<Unsupported> withoutSupport(long owesId, int first) {
        List<OrganisationView> served = organisations.activePesServedBy(owesId);
        if (served.isEmpty()) {
            return new PageOf<>(List.of(), 0, first, 0);
        }
        Map<Long, LocalDate> lastSupport = new HashMap<>();
        jdbc.sql("select organisation_id, max(support_date) last from support_record"
                        + " where organisation_id in (:ids) group by organisation_id")
                .param("ids", served.stream().map(OrganisationView::id).toList())
                .query((rs, row) -> lastSupport.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        LocalDate since = LocalDate.now(clock).minusMonths(MONTHS_WITHOUT_SUPPORT);
        List<Unsupported> waiting = served.stream()
                .map(pes -> new Unsupported(pes.id(), pes.name(), lastSupport.get(pes.id())))
                .filter(pes -> pes.lastSupport() == null || !pes.lastSupport().isAfter(since))
                .sorted(Comparator.comparing(Unsupported::lastSupport, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new PageOf<>(waiting.subList(0, Math.min(first, waiting.size())), 0, first, waiting.size());
    }
}
