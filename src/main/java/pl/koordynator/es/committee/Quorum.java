package pl.koordynator.es.committee;

/**
 * The quorum of a meeting: more than half of the members current on the meeting's day must
 * attend (present or remote). {@code required} is that number; {@code present} as recorded.
 */
public record Quorum(int currentMembers, int required, int present, boolean met) {
}
