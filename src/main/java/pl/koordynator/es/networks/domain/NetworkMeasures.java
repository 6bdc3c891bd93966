package pl.koordynator.es.networks.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.EventAttendance;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The measures of cooperation for a year and an area, public counts. Only declared ties that the
 * other side confirmed count (derived ties are shown, not measured); a tie counts in a year when it
 * runs on some day of it, and is new in the year it starts. A tie counts in the area where its PES
 * lies (both areas for a tie of two PES), and where either end lies when no PES takes part; each
 * tie once per area, so the region counts it once. A PES has a cross-sector tie when one of its
 * ties in the year joins it with business or science. Members are the organisations belonging to
 * any network on the last day of the year (today for this year), each once; meetings are events
 * linked to a network that were not cancelled and started within the year and by now, in the area
 * of their gmina, with the people checked in.
 */
@Service
public class NetworkMeasures {

    public static final List<String> LEVELS = List.of("region", "subregion", "powiat");

    private final TieRepository ties;
    private final NetworkRepository networks;
    private final Organisations organisations;
    private final Events events;
    private final Territory territory;
    private final Clock clock;
    private final CachedAnswers<String, TieMeasures> answers;

    NetworkMeasures(TieRepository ties, NetworkRepository networks, Organisations organisations, Events events,
            Territory territory, Clock clock, DataChanges changes) {
        this.ties = ties;
        this.networks = networks;
        this.organisations = organisations;
        this.events = events;
        this.territory = territory;
        this.clock = clock;
        this.answers = changes.cache(50, "networks", "registry", "territory", "events");
    }

    /** A confirmed declared tie with its two organisations (either may be missing from the register). */
    record Counted(TieRow tie, OrganisationView from, OrganisationView to, SectorPair sectors) {

        /** The organisations whose place counts the tie: its PES, or both ends when none is a PES. */
        List<OrganisationView> placedAt() {
            List<OrganisationView> placed = new ArrayList<>();
            boolean anyPes = sectors.involvesPes();
            for (OrganisationView end : new OrganisationView[] {from, to}) {
                if (end != null && (!anyPes || end.kind().isPes())) {
                    placed.add(end);
                }
            }
            return placed;
        }

        /** The PES of the tie that gained a cross-sector partner by it. */
        List<OrganisationView> pesWithCrossSectorPartner() {
            List<OrganisationView> pes = new ArrayList<>();
            if (from != null && to != null) {
                if (from.kind().isPes() && Sector.of(to.kind()).crossSectorPartner()) {
                    pes.add(from);
                }
                if (to.kind().isPes() && Sector.of(from.kind()).crossSectorPartner()) {
                    pes.add(to);
                }
            }
            return pes;
        }
    }

    /** Confirmed declared ties running on some day of the days, with their organisations. */
    @Transactional(readOnly = true)
    public List<Counted> counted(LocalDate from, LocalDate to) {
        List<TieRow> rows = ties.activeWithin(from, to);
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.fromOrganisationId());
            ids.add(r.toOrganisationId());
        });
        Map<Long, OrganisationView> named = organisations.findAll(ids);
        List<Counted> counted = new ArrayList<>();
        for (TieRow row : rows) {
            OrganisationView a = named.get(row.fromOrganisationId());
            OrganisationView b = named.get(row.toOrganisationId());
            counted.add(new Counted(row, a, b, TieService.sectors(a, b)));
        }
        return counted;
    }

    /** Organisations members of some network on the day, with their register entries. */
    @Transactional(readOnly = true)
    public Map<Long, OrganisationView> membersOn(LocalDate day) {
        Set<Long> ids = new LinkedHashSet<>();
        networks.membersWithin(day, day).forEach(m -> ids.add(m.organisationId()));
        return organisations.findAll(ids);
    }

    /** Meetings of networks held within the days: not cancelled, started by now. */
    @Transactional(readOnly = true)
    public List<EventAttendance> meetingsHeld(LocalDate from, LocalDate to) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return events.attendanceOf(networks.allMeetings().keySet()).stream()
                .filter(e -> e.status() != EventStatus.CANCELLED && !e.startsAt().isAfter(now))
                .filter(e -> {
                    LocalDate day = e.startsAt().atZoneSameInstant(clock.getZone()).toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                }).toList();
    }

    @Transactional(readOnly = true)
    public TieMeasures measures(Integer askedYear, String level) {
        int year = askedYear == null ? LocalDate.now(clock).getYear() : askedYear;
        String normalised = level == null || level.isBlank() ? "region" : level.strip().toLowerCase();
        if (!LEVELS.contains(normalised)) {
            throw InvalidInputException.of("level", "networks.measures.level.unknown");
        }
        if (year < TieRules.EARLIEST.getYear() || year > LocalDate.now(clock).getYear() + 10) {
            throw InvalidInputException.of("year", "networks.measures.year.range");
        }
        return answers.get(year + "/" + normalised + "/" + LocalDate.now(clock), () -> compute(year, normalised));
    }

    private TieMeasures compute(int year, String level) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        Map<String, Area> areas = new LinkedHashMap<>();
        String region = territory.regionTeryt();
        areas.put(region, new Area("region", region, null, territory.find(region).map(Unit::name).orElse(region)));
        Map<String, Long> subregionOfPowiat = new HashMap<>();
        if (level.equals("subregion")) {
            for (Subregion subregion : territory.subregions()) {
                areas.put("s" + subregion.id(), new Area("subregion", null, subregion.id(), subregion.name()));
                subregion.powiatTeryts().forEach(p -> subregionOfPowiat.put(p, subregion.id()));
            }
        } else if (level.equals("powiat")) {
            for (Unit powiat : territory.units(Level.POWIAT, null)) {
                areas.put(powiat.teryt(), new Area("powiat", powiat.teryt(), null, powiat.name()));
            }
        }
        for (Counted tie : counted(from, to)) {
            boolean isNew = !tie.tie().startsOn().isBefore(from);
            Set<String> placed = new LinkedHashSet<>();
            placed.add(region);
            tie.placedAt().forEach(o -> area(o, level, subregionOfPowiat).ifPresent(placed::add));
            for (String key : placed) {
                Area area = areas.get(key);
                if (area != null) {
                    area.active.merge(tie.sectors().code(), 1L, Long::sum);
                    if (isNew) {
                        area.newOnes.merge(tie.sectors().code(), 1L, Long::sum);
                    }
                }
            }
            for (OrganisationView pes : tie.pesWithCrossSectorPartner()) {
                areas.get(region).crossSectorPes.add(pes.id());
                area(pes, level, subregionOfPowiat).map(areas::get).ifPresent(a -> a.crossSectorPes.add(pes.id()));
            }
        }
        LocalDate membersDay = to.isAfter(today) ? today : to;
        for (OrganisationView member : membersOn(membersDay).values()) {
            String sector = Sector.of(member.kind()).name();
            areas.get(region).members.merge(sector, 1L, Long::sum);
            area(member, level, subregionOfPowiat).map(areas::get)
                    .ifPresent(a -> a.members.merge(sector, 1L, Long::sum));
        }
        for (EventAttendance meeting : meetingsHeld(from, to)) {
            List<Area> counting = new ArrayList<>();
            counting.add(areas.get(region));
            String powiat = meeting.gminaTeryt() == null ? null : meeting.gminaTeryt().substring(0, 4);
            String key = key(powiat, level, subregionOfPowiat);
            if (key != null && areas.containsKey(key)) {
                counting.add(areas.get(key));
            }
            counting.forEach(a -> {
                a.meetings++;
                a.attendees += meeting.attendees();
            });
        }
        return new TieMeasures(year, level, areas.values().stream().map(Area::row).toList());
    }

    private static Optional<String> area(OrganisationView organisation, String level,
            Map<String, Long> subregionOfPowiat) {
        return Optional.ofNullable(key(organisation.powiatTeryt(), level, subregionOfPowiat));
    }

    private static String key(String powiat, String level, Map<String, Long> subregionOfPowiat) {
        if (powiat == null || level.equals("region")) {
            return null;
        }
        if (level.equals("powiat")) {
            return powiat;
        }
        Long subregion = subregionOfPowiat.get(powiat);
        return subregion == null ? null : "s" + subregion;
    }

    private static final class Area {
        final String level;
        final String teryt;
        final Long subregionId;
        final String name;
        final Map<String, Long> active = new TreeMap<>();
        final Map<String, Long> newOnes = new TreeMap<>();
        final Set<Long> crossSectorPes = new HashSet<>();
        final Map<String, Long> members = new TreeMap<>();
        long meetings;
        long attendees;

        Area(String level, String teryt, Long subregionId, String name) {
            this.level = level;
            this.teryt = teryt;
            this.subregionId = subregionId;
            this.name = name;
        }

        TieMeasureRow row() {
            return new TieMeasureRow(level, teryt, subregionId, name, new TreeMap<>(active), new TreeMap<>(newOnes),
                    active.values().stream().mapToLong(Long::longValue).sum(),
                    newOnes.values().stream().mapToLong(Long::longValue).sum(), crossSectorPes.size(),
                    new TreeMap<>(members), meetings, attendees);
        }
    }
}
