package pl.koordynator.es.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask about events; nothing here depends on who is signed in. */
public interface Events {

    /**
     * Registry ids of the organisations whose people attended (were checked in at) events that
     * start within {@code from}..{@code to} (days in the region's time zone, both included) and are
     * organised by {@code organiserId}, or by anyone when it is null. Cancelled events do not count.
     */
    Set<Long> attendingOrganisations(Long organiserId, LocalDate from, LocalDate to);

    /** Events that are not cancelled and start within the days, by start; drafts included (they are plans). */
    List<PlannedEvent> between(LocalDate from, LocalDate to);

    /** An organisation whose people attended an event of an organiser ({@code organiserId} null: ROPS). */
    record Attendance(Long organiserId, long organisationId) {
    }

    /**
     * The same facts as {@link #attendingOrganisations} for every organiser at once, each pair
     * once: one query where counting organiser by organiser would take one each.
     */
    List<Attendance> attendanceByOrganiser(LocalDate from, LocalDate to);

    /** Any event by id, cancelled ones too. */
    Optional<PlannedEvent> event(long id);

    /**
     * The attendance of every event that is not cancelled and starts within the days (both
     * included), by start; events without anyone checked in too. One query.
     */
    List<EventAttendance> attendance(LocalDate from, LocalDate to);

    /** The attendance of these events, whatever their dates and status; one query. */
    List<EventAttendance> attendanceOf(Collection<Long> eventIds);

    /**
     * The people each of these events reached, as its organiser entered it (social campaigns
     * record their reach); events without a figure are left out. One query.
     */
    java.util.Map<Long, Integer> peopleReached(Collection<Long> eventIds);
}
