package pl.koordynator.es.committee;

/** A member of the meeting's term current on its day, and their attendance (null when not recorded). */
public record AttendanceView(long memberId, String memberName, SeatCategory category, Attendance attendance) {
}
