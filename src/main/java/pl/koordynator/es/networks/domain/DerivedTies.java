package pl.koordynator.es.networks.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import pl.koordynator.es.events.EventAttendance;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.networks.TieSource;
import pl.koordynator.es.support.SupportPair;
import pl.koordynator.es.support.SupportRecords;

/**
 * Ties the platform derives for a year from what it already knows, computed when asked (so a new
 * attendance shows at once) and never stored: two organisations whose people were checked in at
 * the same event (one tie per pair and year, dated by their first common event), an OWES and a
 * PES it recorded support for (dated by the first support of the year), two organisations members
 * of the same network on some day of the year (one per pair and year, whatever the networks).
 */
@Component
class DerivedTies {

    /** A derived tie: the pair (lower id first), its source, the day it first appeared in the year, and what it came from. */
    record Derived(long first, long second, TieSource source, LocalDate since, String origin, long originId) {
    }

    private final Events events;
    private final SupportRecords support;
    private final NetworkRepository networks;

    DerivedTies(Events events, SupportRecords support, NetworkRepository networks) {
        this.events = events;
        this.support = support;
        this.networks = networks;
    }

    List<Derived> of(int year, TieSource source) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return switch (source) {
            case EVENT -> fromEvents(from, to);
            case SUPPORT -> fromSupport(from, to);
            case NETWORK -> fromNetworks(from, to);
            case DECLARED -> List.of();
        };
    }

    List<Derived> all(int year) {
        List<Derived> all = new ArrayList<>();
        all.addAll(of(year, TieSource.EVENT));
        all.addAll(of(year, TieSource.SUPPORT));
        all.addAll(of(year, TieSource.NETWORK));
        return all;
    }

    private record Pair(long first, long second) {
        static Pair of(long a, long b) {
            return a < b ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private List<Derived> fromEvents(LocalDate from, LocalDate to) {
        Map<Pair, Derived> pairs = new LinkedHashMap<>();
        // by start, so the first common event of a pair is the one kept
        for (EventAttendance event : events.attendance(from, to)) {
            List<Long> present = new ArrayList<>(new TreeSet<>(event.organisationIds()));
            LocalDate day = event.startsAt().toLocalDate();
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    Pair pair = Pair.of(present.get(i), present.get(j));
                    pairs.putIfAbsent(pair, new Derived(pair.first(), pair.second(), TieSource.EVENT, day,
                            "event", event.eventId()));
                }
            }
        }
        return List.copyOf(pairs.values());
    }

    private List<Derived> fromSupport(LocalDate from, LocalDate to) {
        List<Derived> derived = new ArrayList<>();
        for (SupportPair pair : support.supportPairs(from, to)) {
            if (pair.owesId() == pair.pesId()) {
                continue;
            }
            Pair ordered = Pair.of(pair.owesId(), pair.pesId());
            derived.add(new Derived(ordered.first(), ordered.second(), TieSource.SUPPORT, pair.firstDay(), "owes",
                    pair.owesId()));
        }
        return derived;
    }

    private List<Derived> fromNetworks(LocalDate from, LocalDate to) {
        Map<Long, List<NetworkRepository.MemberRow>> byNetwork = new LinkedHashMap<>();
        networks.membersWithin(from, to).forEach(m -> byNetwork.computeIfAbsent(m.networkId(), n -> new ArrayList<>())
                .add(m));
        Map<Pair, Derived> pairs = new HashMap<>();
        for (Map.Entry<Long, List<NetworkRepository.MemberRow>> network : byNetwork.entrySet()) {
            List<NetworkRepository.MemberRow> members = network.getValue();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    NetworkRepository.MemberRow a = members.get(i);
                    NetworkRepository.MemberRow b = members.get(j);
                    if (a.organisationId() == b.organisationId()) {
                        continue;
                    }
                    LocalDate since = max(from, max(a.joinedOn(), b.joinedOn()));
                    Pair pair = Pair.of(a.organisationId(), b.organisationId());
                    Derived candidate = new Derived(pair.first(), pair.second(), TieSource.NETWORK, since, "network",
                            network.getKey());
                    pairs.merge(pair, candidate, (kept, other) -> other.since().isBefore(kept.since()) ? other : kept);
                }
            }
        }
        return pairs.values().stream().sorted(Comparator.comparing(Derived::first).thenComparing(Derived::second))
                .toList();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static Set<Long> organisations(List<Derived> derived) {
        Set<Long> ids = new TreeSet<>();
        derived.forEach(d -> {
            ids.add(d.first());
            ids.add(d.second());
        });
        return ids;
    }
}
