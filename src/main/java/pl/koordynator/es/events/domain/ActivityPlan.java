package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.events.GminaActivity;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.events.domain.PlanView.PlanEntry;
import pl.koordynator.es.events.domain.PlanView.PlanMonth;
import pl.koordynator.es.events.domain.PlanView.PlanOrganiser;
import pl.koordynator.es.events.domain.PlanView.PlanRow;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The shared activity plan of the OWES and ROPS: what everyone plans by powiat and month, which
 * plans may duplicate each other, and which gminas nobody has reached lately. Read by ROPS, the
 * OWES and the committee; drafts count, because the plan is about what is being prepared.
 */
@Service
public class ActivityPlan {

    /** The coverage view looks this far back from today. */
    static final int COVERAGE_MONTHS = 12;

    /** The overlap API answers for at most this long a range, so one call stays cheap. */
    static final int MAX_OVERLAP_DAYS = 3 * 366;

    private final Events events;
    private final JdbcClient jdbc;
    private final Territory territory;
    private final ObjectProvider<GminaActivity> otherActivities;
    private final Clock clock;

    ActivityPlan(Events events, JdbcClient jdbc, Territory territory, ObjectProvider<GminaActivity> otherActivities,
            Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.territory = territory;
        this.otherActivities = otherActivities;
        this.clock = clock;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The plan for the months of the query, filtered by it; overlaps are found among all events, then filtered. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public PlanView plan(PlanQuery query) {
        LocalDate from = query.from().atDay(1);
        LocalDate to = query.until().atEndOfMonth();
        List<PlannedEvent> all = events.between(from, to);
        List<PlannedEvent> shown = all.stream().filter(query::matches).toList();

        Map<String, String> names = unitNames();
        List<YearMonth> months = query.monthList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Unit powiat : territory.units(Level.POWIAT, null)) {
            if (query.powiat() == null || query.powiat().equals(powiat.teryt())) {
                counts.put(powiat.teryt(), new long[months.size()]);
            }
        }
        if (query.powiat() == null || query.powiat().equals(PlanQuery.ONLINE)) {
            counts.put(PlanQuery.ONLINE, new long[months.size()]);
        }
        Map<YearMonth, List<PlanEntry>> byMonth = new LinkedHashMap<>();
        months.forEach(month -> byMonth.put(month, new ArrayList<>()));
        for (PlannedEvent event : shown) {
            YearMonth month = YearMonth.from(event.startsAt().atZoneSameInstant(zone()));
            int column = months.indexOf(month);
            if (column < 0) {
                continue;
            }
            counts.computeIfAbsent(PlanQuery.powiatKey(event), key -> new long[months.size()])[column]++;
            byMonth.get(month).add(new PlanEntry(event, event.gminaTeryt() == null ? null
                    : names.getOrDefault(event.gminaTeryt(), event.gminaTeryt()),
                    event.powiatTeryt() == null ? null : names.getOrDefault(event.powiatTeryt(), event.powiatTeryt())));
        }
        List<PlanRow> rows = counts.entrySet().stream().map(entry -> {
            List<Long> cells = java.util.Arrays.stream(entry.getValue()).boxed().toList();
            return new PlanRow(entry.getKey(), PlanQuery.ONLINE.equals(entry.getKey()) ? null
                    : names.getOrDefault(entry.getKey(), entry.getKey()), cells,
                    cells.stream().mapToLong(Long::longValue).sum());
        }).toList();

        List<Overlap> overlaps = overlapsAround(from, to).stream()
                .filter(o -> query.matches(o.first()) || query.matches(o.second())).toList();
        Map<String, String> organisers = new LinkedHashMap<>();
        all.stream().sorted((a, b) -> a.organiserName().compareToIgnoreCase(b.organiserName()))
                .forEach(e -> organisers.putIfAbsent(PlanQuery.organiserKey(e), e.organiserName()));
        return new PlanView(query, months, rows, byMonth.entrySet().stream()
                .map(entry -> new PlanMonth(entry.getKey(), List.copyOf(entry.getValue()))).toList(), overlaps,
                organisers.entrySet().stream().map(e -> new PlanOrganiser(e.getKey(), e.getValue())).toList(),
                shown.size());
    }

    /**
     * Possible duplicates among the events starting within the days (both included): every pair
     * with at least one event in the range, its partner possibly up to 14 days outside it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public List<Overlap> overlaps(LocalDate from, LocalDate to) {
        if (from == null) {
            throw InvalidInputException.of("from", "activityplan.api.from.invalid");
        }
        if (to == null || to.isBefore(from) || to.isAfter(from.plusDays(MAX_OVERLAP_DAYS))) {
            throw InvalidInputException.of("to", "activityplan.api.to.invalid");
        }
        return overlapsAround(from, to);
    }

    private List<Overlap> overlapsAround(LocalDate from, LocalDate to) {
        List<PlannedEvent> around = events.between(from.minusDays(Overlap.MAX_DAYS_APART),
                to.plusDays(Overlap.MAX_DAYS_APART));
        return Overlap.among(around, zone()).stream()
                .filter(o -> within(o.first(), from, to) || within(o.second(), from, to)).toList();
    }

    private boolean within(PlannedEvent event, LocalDate from, LocalDate to) {
        LocalDate day = event.startsAt().atZoneSameInstant(zone()).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * The region's gminas with their activity over the last 12 months up to now: published events
     * that have started there (not cancelled, not future) and what every {@link GminaActivity}
     * reports for the same days.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public CoverageReport coverage() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusMonths(COVERAGE_MONTHS).plusDays(1);
        Map<String, Long> heldEvents = new LinkedHashMap<>();
        jdbc.sql("""
                select gmina_teryt, count(*) as held from event
                where status = 'PUBLISHED' and gmina_teryt is not null and starts_at >= :from and starts_at <= :now
                group by gmina_teryt""")
                .param("from", from.atStartOfDay(zone()).toOffsetDateTime())
                .param("now", OffsetDateTime.now(clock))
                .query((rs, row) -> heldEvents.put(rs.getString("gmina_teryt"), rs.getLong("held"))).list();
        Map<String, String> powiatNames = territory.units(Level.POWIAT, null).stream()
                .collect(Collectors.toMap(Unit::teryt, Unit::name, (a, b) -> a, LinkedHashMap::new));
        return CoverageReport.compute(from, today, territory.units(Level.GMINA, null), powiatNames, heldEvents,
                otherActivities.orderedStream().toList());
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        territory.units(Level.POWIAT, null).forEach(u -> names.put(u.teryt(), u.name()));
        territory.units(Level.GMINA, null).forEach(u -> names.put(u.teryt(), u.name()));
        return names;
    }
}
