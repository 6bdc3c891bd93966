package pl.koordynator.es.committee;

import java.time.LocalDate;

/**
 * A term of the committee (three years by default) with the marshal's resolution that appointed
 * it; {@code current} when today falls within it, {@code currentMembers} counted today.
 */
public record TermView(long id, int number, LocalDate startsOn, LocalDate endsOn, String appointingResolutionNumber,
        LocalDate appointingResolutionDate, boolean current, int currentMembers) {
}
