package pl.koordynator.es.committee;

import jakarta.validation.constraints.NotNull;

/** A member's attendance at a meeting, as recorded by ROPS. */
public record AttendanceEntry(@NotNull Long memberId, @NotNull Attendance attendance) {
}
