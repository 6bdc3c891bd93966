package pl.koordynator.es.events.domain;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.PlannedEvent;

/**
 * Two events of different organisers that may duplicate each other: {@code first} starts no later
 * than {@code second}, both of {@code type}, in the same powiat, sharing {@code topics}, their
 * start days {@code daysApart} days apart.
 */
public record Overlap(PlannedEvent first, PlannedEvent second, EventType type, List<EventTopic> topics,
        long daysApart) {

    /** Start days further apart than this are different offers, not a duplicate. */
    public static final int MAX_DAYS_APART = 14;

    /**
     * The overlap rule of the shared activity plan: different organisers (ROPS, with no organiser
     * id, counts as one organiser), the same type, at least one common topic, the same powiat
     * (an online event has none, so it never overlaps), start days (in the region's zone) at most
     * {@link #MAX_DAYS_APART} days apart, neither cancelled.
     */
    public static Optional<Overlap> between(PlannedEvent a, PlannedEvent b, ZoneId zone) {
        if (a.id() == b.id() || a.status() == EventStatus.CANCELLED || b.status() == EventStatus.CANCELLED
                || Objects.equals(a.organiserId(), b.organiserId()) || a.type() != b.type()
                || a.powiatTeryt() == null || !a.powiatTeryt().equals(b.powiatTeryt())) {
            return Optional.empty();
        }
        List<EventTopic> shared = a.topics().stream().filter(b.topics()::contains).distinct().sorted().toList();
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a.startsAt().atZoneSameInstant(zone).toLocalDate(),
                b.startsAt().atZoneSameInstant(zone).toLocalDate()));
        if (days > MAX_DAYS_APART) {
            return Optional.empty();
        }
        boolean aFirst = a.startsAt().isBefore(b.startsAt()) || (a.startsAt().isEqual(b.startsAt()) && a.id() < b.id());
        return Optional.of(aFirst ? new Overlap(a, b, a.type(), shared, days) : new Overlap(b, a, a.type(), shared, days));
    }

    /** Every overlapping pair among the events, each once, by the first event's start. */
    public static List<Overlap> among(List<PlannedEvent> events, ZoneId zone) {
        List<PlannedEvent> byStart = events.stream()
                .sorted((x, y) -> x.startsAt().isEqual(y.startsAt()) ? Long.compare(x.id(), y.id())
                        : x.startsAt().compareTo(y.startsAt()))
                .toList();
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < byStart.size(); i++) {
            for (int j = i + 1; j < byStart.size(); j++) {
                between(byStart.get(i), byStart.get(j), zone).ifPresent(overlaps::add);
            }
        }
        return overlaps;
    }
}
