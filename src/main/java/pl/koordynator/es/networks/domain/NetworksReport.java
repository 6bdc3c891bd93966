package pl.koordynator.es.networks.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.Paging;

/**
 * The yearly report on the regional networks ("raport z działalności sieci regionalnych"): for
 * each network its members at the end of the year (by sector, joined and left in the year), its
 * meetings held in the year with their attendance, and the new confirmed ties between its members;
 * then the region's measures of the year (ties by pair of sectors, new ties, PES with a tie to
 * business or science, per powiat) and the graph metrics. Read by ROPS, OWES staff and the
 * committee, who read every network; the PDF and XLSX renderers write the same figures.
 */
@Service
public class NetworksReport {

    /** The report of one year. */
    public record Report(int year, List<NetworkYear> networks, TieMeasures region, TieMeasures powiats,
            NetworkGraph.Metrics graph, Totals totals) {
    }

    /** One network in the year. */
    public record NetworkYear(long id, String name, NetworkKind kind, String coordinatorName, long members,
            long joined, long left, Map<Sector, Long> membersBySector, List<MeetingView> meetings, long attendees,
            long newTies) {
    }

    /** The sums over the networks, for the summary line. */
    public record Totals(long networks, long members, long meetings, long attendees, long newTies) {
    }

    private final NetworkService networks;
    private final NetworkMeasures measures;
    private final NetworkGraphs graphs;
    private final JdbcClient jdbc;

    NetworksReport(NetworkService networks, NetworkMeasures measures, NetworkGraphs graphs, JdbcClient jdbc) {
        this.networks = networks;
        this.measures = measures;
        this.graphs = graphs;
        this.jdbc = jdbc;
    }

    /** The year asked for (this year when null); a problem naming {@code year} outside the years kept. */
    public int year(Integer year) {
        return graphs.year(year);
    }

    @Transactional(readOnly = true)
    public Report of(int year) {
        Caller caller = networks.viewer().caller();
        if (!caller.admin() && !caller.is(Role.OWES) && !caller.is(Role.COMMITTEE)) {
            throw new AccessDeniedException("the networks' report is for ROPS, OWES and the committee");
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<Long, Long> newTies = newTiesBetweenMembers(start, end);
        List<NetworkYear> rows = new ArrayList<>();
        long members = 0;
        long meetings = 0;
        long attendees = 0;
        long ties = 0;
        for (NetworkView network : networks.search(NetworkQuery.everything(), new Paging(0, Paging.MAX_SIZE)).items()) {
            if (network.foundedOn() != null && network.foundedOn().isAfter(end)) {
                continue;
            }
            List<MemberView> all = networks.members(network.id());
            Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
            long current = 0;
            for (MemberView member : all) {
                if (member.currentOn(end)) {
                    current++;
                    bySector.merge(sector(member.kind()), 1L, Long::sum);
                }
            }
            long joined = all.stream().filter(m -> m.joinedOn().getYear() == year).count();
            long left = all.stream().filter(m -> m.leftOn() != null && m.leftOn().getYear() == year).count();
            List<MeetingView> held = networks.meetings(network.id()).stream()
                    .filter(m -> !m.cancelled() && m.startsAt().getYear() == year).toList();
            long present = held.stream().mapToLong(MeetingView::attendees).sum();
            long tied = newTies.getOrDefault(network.id(), 0L);
            rows.add(new NetworkYear(network.id(), network.name(), network.kind(), network.coordinatorName(), current,
                    joined, left, bySector, held, present, tied));
            members += current;
            meetings += held.size();
            attendees += present;
            ties += tied;
        }
        return new Report(year, rows, measures.measures(year, "region"), measures.measures(year, "powiat"),
                graphs.graph(new GraphQuery(year, null, null, false)).metrics(),
                new Totals(rows.size(), members, meetings, attendees, ties));
    }

    /**
     * Confirmed declared ties that started in the year between two organisations that were both
     * members of a network at some time of the year, counted per network.
     */
    private Map<Long, Long> newTiesBetweenMembers(LocalDate start, LocalDate end) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                select a.network_id, count(distinct t.id) as ties
                from tie t
                join network_member a on a.organisation_id = t.from_organisation_id
                join network_member b on b.organisation_id = t.to_organisation_id and b.network_id = a.network_id
                where t.confirmed and not t.withdrawn and t.starts_on between :start and :end
                  and a.joined_on <= :end and (a.left_on is null or a.left_on >= :start)
                  and b.joined_on <= :end and (b.left_on is null or b.left_on >= :start)
                group by a.network_id""")
                .param("start", start).param("end", end)
                .query((rs, n) -> counts.put(rs.getLong("network_id"), rs.getLong("ties"))).list();
        return counts;
    }

    private static Sector sector(String kind) {
        try {
            return Sector.of(kind == null ? null : Kind.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            return Sector.OTHER;
        }
    }
}
