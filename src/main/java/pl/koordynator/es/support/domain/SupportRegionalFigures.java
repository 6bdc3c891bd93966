package pl.koordynator.es.support.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;

/**
 * "PES supported" for the whole region and for every OWES at once, by the rule of
 * {@link SupportService#supportedPes}: distinct PES with a support record in the days, or whose
 * people attended an event (of the OWES, for an OWES's count). The same numbers as the API gives
 * one OWES at a time, in four queries instead of several per OWES. Counts only, never names, so
 * the committee may read them. Callers check the role.
 */
@Component
public class SupportRegionalFigures {

    /** An OWES of the register (not closed) and how many PES it supported. */
    public record OwesCount(long owesId, String owesName, long count) {
    }

    /** The region's count (each PES once, whoever supported it) and every OWES's, the most first. */
    public record Supported(LocalDate from, LocalDate to, long region, List<OwesCount> byOwes) {
    }

    private record Pair(Long owesId, long organisationId) {
    }

    private final JdbcClient jdbc;
    private final Events events;
    private final Organisations organisations;
    private final Clock clock;

    SupportRegionalFigures(JdbcClient jdbc, Events events, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** From 1 January of this year to today's end of year: the same days as the period {@code 2026}. */
    @Transactional(readOnly = true)
    public Supported thisYear() {
        LocalDate today = LocalDate.now(clock);
        return supported(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
    }

    @Transactional(readOnly = true)
    public Supported supported(LocalDate from, LocalDate to) {
        List<Pair> fromSupport = jdbc.sql("""
                select distinct owes_id, organisation_id from support_record where support_date between :from and :to""")
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    long owes = rs.getLong(1);
                    return new Pair(rs.wasNull() ? null : owes, rs.getLong(2));
                }).list();
        List<Events.Attendance> attendance = events.attendanceByOrganiser(from, to);
        Set<Long> attendees = new HashSet<>();
        attendance.forEach(a -> attendees.add(a.organisationId()));
        Set<Long> pesAttendees = organisations.pesAmong(attendees);

        Set<Long> region = new HashSet<>();
        Map<Long, Set<Long>> byOwes = new HashMap<>();
        for (Pair pair : fromSupport) {
            region.add(pair.organisationId());
            if (pair.owesId() != null) {
                byOwes.computeIfAbsent(pair.owesId(), k -> new HashSet<>()).add(pair.organisationId());
            }
        }
        for (Events.Attendance a : attendance) {
            if (pesAttendees.contains(a.organisationId())) {
                region.add(a.organisationId());
                if (a.organiserId() != null) {
                    byOwes.computeIfAbsent(a.organiserId(), k -> new HashSet<>()).add(a.organisationId());
                }
            }
        }
        List<OwesCount> counts = new ArrayList<>();
        for (OrganisationView owes : organisations.ofKind(Kind.OWES)) {
            counts.add(new OwesCount(owes.id(), owes.name(), byOwes.getOrDefault(owes.id(), Set.of()).size()));
        }
        counts.sort(Comparator.comparingLong(OwesCount::count).reversed()
                .thenComparing(OwesCount::owesName, String.CASE_INSENSITIVE_ORDER));
        return new Supported(from, to, region.size(), counts);
    }
}
