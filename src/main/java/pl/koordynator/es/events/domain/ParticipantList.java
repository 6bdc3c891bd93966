package pl.koordynator.es.events.domain;

import java.util.List;

/**
 * The people of one event for its organiser: confirmed in order of registration, the waiting list
 * in the order places are given, and those who cancelled; {@code attendanceOpen} says whether
 * the event's start day has come, from which attendance may be marked.
 */
public record ParticipantList(EventView event, List<Participant> confirmed, List<Participant> waiting,
        List<Participant> cancelled, boolean attendanceOpen) {

    public long attendedCount() {
        return confirmed.stream().filter(Participant::attended).count();
    }

    public List<Participant> all() {
        return java.util.stream.Stream.of(confirmed, waiting, cancelled).flatMap(List::stream).toList();
    }

    public List<Participant> attendees() {
        return confirmed.stream().filter(Participant::attended).toList();
    }
}
